using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CraftMarket.Media.Tests.Support;

/// <summary>
/// A real S3-compatible server (the npm package s3rver) on loopback, from tests/tools/node_modules,
/// which scripts/test.sh installs. Missing, it fails the test with the command that installs it.
/// </summary>
public sealed class S3rver : IAsyncLifetime
{
    private readonly string data = Directory.CreateTempSubdirectory("cm-s3rver").FullName;
    private Process? server;

    public int Port { get; } = FreePort();
    public string ServiceUrl => $"http://127.0.0.1:{Port}";
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepoRoot(), "tests", "tools", "node_modules", "s3rver", "bin", "s3rver.js");
        File.Exists(script).ShouldBeTrue($"s3rver is not installed: run `npm ci --prefix tests/tools` (scripts/test.sh does). Looked for {script}");
        var info = new ProcessStartInfo("node", [script, "--directory", data, "--address", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        server = Process.Start(info)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { await Task.Delay(100); }
            server.HasExited.ShouldBeFalse("s3rver exited at start");
        }
        throw new TimeoutException("s3rver did not listen within 10 s");
    }

    public Task DisposeAsync()
    {
        if (server is { HasExited: false }) server.Kill(entireProcessTree: true);
        server?.Dispose();
        try { Directory.Delete(data, recursive: true); } catch (IOException) { /* best effort */ }
        return Task.CompletedTask;
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CraftMarket.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CraftMarket.sln not found above the test binaries");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
