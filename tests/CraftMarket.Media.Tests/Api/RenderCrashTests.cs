using System.Diagnostics;
using CraftMarket.Media.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CraftMarket.Media.Tests.Api;

/// <summary>
/// The real site as a process, killed with SIGKILL while the render job works through the demo
/// photos, then started again on the same data directory: every accepted photo ends up ready,
/// each rendered to completion exactly once, and no half-written blob is left behind.
/// </summary>
public sealed class RenderCrashTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "craftmarket-media-kill", Guid.NewGuid().ToString("N"));
    private readonly int port = S3rver.FreePort();
    private Process? site;

    [Fact]
    public async Task Photos_survive_a_kill_mid_render_and_are_rendered_once()
    {
        await StartSite();
        for (var i = 0; i < 1200 && Scalar("SELECT COUNT(*) FROM media_photos WHERE State = 'Ready'") < 3; i++) await Task.Delay(50);
        site!.Kill(entireProcessTree: true);   // SIGKILL: no graceful shutdown
        await site.WaitForExitAsync();

        var total = Scalar("SELECT COUNT(*) FROM media_photos");
        total.ShouldBeGreaterThan(20, "the demo seeder queued its photos");
        Scalar("SELECT COUNT(*) FROM media_photos WHERE State = 'Processing'").ShouldBeGreaterThan(0, "the kill must interrupt rendering, or this test proves nothing");

        await StartSite();
        for (var i = 0; i < 3600 && Scalar("SELECT COUNT(*) FROM media_photos WHERE State = 'Processing'") > 0; i++) await Task.Delay(100);

        Scalar("SELECT COUNT(*) FROM media_photos").ShouldBe(total, "seeding again added nothing");
        Scalar("SELECT COUNT(*) FROM media_photos WHERE State = 'Ready'").ShouldBe(total);
        Scalar("SELECT COUNT(*) FROM media_photos WHERE Renders <> 1").ShouldBe(0, "no photo was marked rendered twice");
        Scalar("SELECT COUNT(*) FROM media_outbox_messages WHERE ProcessedAt IS NULL AND Name = 'media.photo-uploaded'").ShouldBe(0);
        Scalar("SELECT COUNT(*) FROM media_processed_messages WHERE Consumer = 'media.render-photo'").ShouldBe(total);
        Directory.GetFiles(Path.Combine(data, "media"), "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty("atomic puts leave no partial files");
        var manifests = Directory.GetFiles(Path.Combine(data, "media", "renditions"), "manifest.json", SearchOption.AllDirectories);
        manifests.Length.ShouldBe((int)Scalar("SELECT COUNT(DISTINCT Sha256) FROM media_photos"));
    }

    private async Task StartSite()
    {
        var info = new ProcessStartInfo("dotnet", ["CraftMarket.Web.dll", "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["CraftMarket__DataDirectory"] = data;
        info.Environment["CraftMarket__SeedDemo"] = "true";
        info.Environment["CraftMarket__Media__SeedDemoPhotos"] = "true";
        info.Environment["CraftMarket__Media__AvifEffort"] = "0";
        info.Environment["CraftMarket__Outbox__PollInterval"] = "00:00:00.200";
        // Only this process uses the data directory: a put the kill interrupted is an orphan at once.
        info.Environment["CraftMarket__Media__OrphanedTempAge"] = "00:00:00";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        site = Process.Start(info)!;
        site.OutputDataReceived += (_, _) => { };
        site.ErrorDataReceived += (_, _) => { };
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        for (var i = 0; i < 1800; i++)
        {
            try
            {
                if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            site.HasExited.ShouldBeFalse("the site exited during start-up");
            await Task.Delay(100);
        }
        throw new TimeoutException("the site did not start in 180 s");
    }

    private long Scalar(string sql)
    {
        var path = Path.Combine(data, "craftmarket.db");
        if (!File.Exists(path)) return 0;
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;   // tables not migrated yet
        }
    }

    public void Dispose()
    {
        if (site is { HasExited: false }) site.Kill(entireProcessTree: true);
        site?.Dispose();
        try { Directory.Delete(data, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
