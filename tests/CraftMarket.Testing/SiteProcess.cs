using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Shouldly;

namespace CraftMarket.Testing;

/// <summary>
/// The real site as a separate process on a loopback port and its own data directory (SQLite, demo
/// data, Development), for tests that kill it with SIGKILL and start it again on the same data.
/// </summary>
public sealed class SiteProcess(IReadOnlyDictionary<string, string>? environment = null) : IDisposable
{
    private Process? site;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "craftmarket-kill", Guid.NewGuid().ToString("N"));
    public int Port { get; } = FreePort();

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet", ["CraftMarket.Web.dll", "--urls", $"http://127.0.0.1:{Port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["CraftMarket__DataDirectory"] = DataDirectory;
        info.Environment["CraftMarket__SeedDemo"] = "true";
        // Demo photos (on in Development) cost renders at start-up and have nothing to do with what these tests kill.
        info.Environment["CraftMarket__Media__SeedDemoPhotos"] = "false";
        info.Environment["CraftMarket__Identity__SignInPerMinute"] = "1000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        site = Process.Start(info)!;
        site.OutputDataReceived += (_, _) => { };
        site.ErrorDataReceived += (_, _) => { };
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/") };
        // A deadline, not a measurement: a busy CI machine may take a while to start a fresh process.
        for (var i = 0; i < 1200; i++)
        {
            try
            {
                if ((await probe.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            site.HasExited.ShouldBeFalse("the site exited during start-up");
            await Task.Delay(100);
        }
        throw new TimeoutException("the site did not become ready in 120 s");
    }

    /// <summary>SIGKILL: no graceful shutdown, no flushing.</summary>
    public async Task KillAsync()
    {
        site!.Kill(entireProcessTree: true);
        await site.WaitForExitAsync();
    }

    /// <summary>A client of the process for one host name (the village it picks).</summary>
    public HttpClient Client(string host)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Host = host;
        return client;
    }

    /// <summary>One number read straight from the site's SQLite file.</summary>
    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "craftmarket.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static int FreePort() => LoopbackPorts.Free();

    public void Dispose()
    {
        if (site is { HasExited: false }) site.Kill(entireProcessTree: true);
        site?.Dispose();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
