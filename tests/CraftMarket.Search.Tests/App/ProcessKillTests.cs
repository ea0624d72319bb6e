using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CraftMarket.Search.Tests.App;

/// <summary>
/// The real site as a separate process, killed with SIGKILL while the catalogue's outbox is still
/// feeding the demo products into the Lucene index, then started again on the same data directory:
/// the index (its write lock left behind by the dead process) opens, every published product ends
/// up searchable, and none twice.
/// </summary>
public sealed class ProcessKillTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "craftmarket-search-kill", Guid.NewGuid().ToString("N"));
    private readonly int port = FreePort();
    private Process? site;

    [Fact]
    public async Task Indexing_survives_a_kill_mid_delivery_and_every_product_is_indexed_once()
    {
        // SIGKILL as soon as the demo's product events wait in the outbox: on a quiet machine they were sometimes all
        // delivered before the site first answered "ready", and the kill interrupted nothing.
        await StartSite(killOnPending: true);
        site!.Kill(entireProcessTree: true);
        await site.WaitForExitAsync();
        Scalar(Pending).ShouldBeGreaterThan(0, "the kill must interrupt delivery, or this test proves nothing");

        await StartSite();
        for (var i = 0; i < 600 && Scalar(Pending) > 0; i++) await Task.Delay(100);
        Scalar(Pending).ShouldBe(0);

        var published = Scalar("SELECT COUNT(*) FROM catalogue_products WHERE Status = 'Published'");
        published.ShouldBeGreaterThan(50);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        http.DefaultRequestHeaders.Host = "localhost";
        var ids = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var answer = await http.GetFromJsonAsync<JsonElement>($"/api/search?pageSize=50&page={page}");
            answer.GetProperty("total").GetInt64().ShouldBe(published);
            ids.AddRange(answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("productId").GetString()!));
        }
        ids.Count.ShouldBe((int)published);
        ids.Distinct().Count().ShouldBe(ids.Count, "no product indexed twice");
        (await http.GetFromJsonAsync<JsonElement>("/api/search?q=crackle+vase")).GetProperty("total").GetInt64().ShouldBeGreaterThan(0);
    }

    private const string Pending = "SELECT COUNT(*) FROM catalogue_outbox_messages WHERE ProcessedAt IS NULL";

    private async Task StartSite(bool killOnPending = false)
    {
        var info = new ProcessStartInfo("dotnet", ["CraftMarket.Web.dll", "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["CraftMarket__DataDirectory"] = data;
        info.Environment["CraftMarket__SeedDemo"] = "true";
        // Demo photos (on in Development) hold readiness back while they are queued: by then the catalogue's
        // events were all delivered and the kill interrupted nothing.
        info.Environment["CraftMarket__Media__SeedDemoPhotos"] = "false";
        info.Environment["CraftMarket__Outbox__PollInterval"] = "00:00:00.500";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        site = Process.Start(info)!;
        site.OutputDataReceived += (_, _) => { };
        site.ErrorDataReceived += (_, _) => { };
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        for (var i = 0; i < 1200 * (killOnPending ? 5 : 1); i++)   // a deadline for a busy CI machine, not a measurement
        {
            if (killOnPending && PendingNow() > 0) return;
            try
            {
                if ((await probe.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            site.HasExited.ShouldBeFalse("the site exited during start-up");
            await Task.Delay(killOnPending ? 20 : 100);
        }
        throw new TimeoutException("the site did not become ready in 120 s");
    }

    /// <summary>The outbox's pending count while the site may still be creating its tables or writing: 0 until it can be read.</summary>
    private long PendingNow()
    {
        try { return File.Exists(Path.Combine(data, "craftmarket.db")) ? Scalar(Pending) : 0; }
        catch (SqliteException) { return 0; }   // no table yet, or the writer holds the lock for a moment
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "craftmarket.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (site is { HasExited: false }) site.Kill(entireProcessTree: true);
        site?.Dispose();
        try { Directory.Delete(data, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
