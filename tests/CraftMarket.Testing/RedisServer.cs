using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CraftMarket.Testing;

/// <summary>
/// A real Redis (Debian's <c>redis-server</c>, installed by scripts/test.sh) on a free loopback port,
/// without persistence, for tests of what several nodes share through Redis. One per test class or
/// collection fixture: starting one takes a few milliseconds.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process server;

    private RedisServer(Process server, int port)
    {
        this.server = server;
        Port = port;
    }

    public int Port { get; }

    /// <summary>What <c>CraftMarket:Redis:Configuration</c> takes.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false";

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePort();
        var info = new ProcessStartInfo("redis-server",
            ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", Path.GetTempPath()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start (is the Debian package installed?)");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // A deadline, not a measurement.
        for (var i = 0; i < 200; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"redis-server exited with {process.ExitCode}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return new RedisServer(process, port);
            }
            catch (SocketException) { await Task.Delay(50); }
        }
        process.Kill();
        throw new TimeoutException("redis-server did not listen within 10 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!server.HasExited)
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
        server.Dispose();
    }

    private static int FreePort() => LoopbackPorts.Free();
}
