using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CraftMarket.Testing;
using Microsoft.Data.Sqlite;

namespace CraftMarket.Web.Tests;

/// <summary>
/// The real site as a separate process, killed with SIGKILL while the outbox is delivering
/// invitations, then started again on the same data directory: every invitation still reaches
/// Identity, and none creates a second account or link.
/// </summary>
public sealed class ProcessKillTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "craftmarket-kill", Guid.NewGuid().ToString("N"));
    private readonly int port = FreePort();
    private Process? site;

    [Fact]
    public async Task Invitations_survive_a_kill_mid_delivery_and_are_applied_once()
    {
        await StartSite();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        http.DefaultRequestHeaders.Host = "bat-trang.localhost";
        await http.SignedInAs(Auth.AssociationAdmin("bat-trang"));

        var invited = new List<(string Id, string Phone)>();
        var start = Random.Shared.Next(100_000, 900_000);
        for (var i = 0; i < 30; i++)
        {
            var phone = $"0918{start + i:D6}";
            var response = await http.PostAsJsonAsync("/api/members", new
            {
                kind = "Household", displayName = $"Hộ thử nghiệm {i}", representativeName = "Nguyễn Văn Thử", phone,
                commune = "Bát Tràng, Gia Lâm, Hà Nội", canSignContracts = false,
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            invited.Add((id, "+84" + phone[1..]));
        }
        site!.Kill(entireProcessTree: true);   // SIGKILL: no graceful shutdown, no flushing
        await site.WaitForExitAsync();

        var pendingAtKill = Scalar("SELECT COUNT(*) FROM members_outbox_messages WHERE ProcessedAt IS NULL");
        pendingAtKill.ShouldBeGreaterThan(0, "the kill must interrupt delivery, or this test proves nothing");

        await StartSite();
        for (var i = 0; i < 200 && Scalar("SELECT COUNT(*) FROM members_outbox_messages WHERE ProcessedAt IS NULL") > 0; i++)
            await Task.Delay(100);
        Scalar("SELECT COUNT(*) FROM members_outbox_messages WHERE ProcessedAt IS NULL").ShouldBe(0);

        foreach (var (id, phone) in invited)
        {
            Scalar($"SELECT COUNT(*) FROM identity_users WHERE PhoneNumber = '{phone}'").ShouldBe(1, $"one account for {phone}");
            Scalar($"SELECT COUNT(*) FROM identity_tenant_memberships WHERE lower(MemberId) = lower('{id}')").ShouldBe(1, $"one link for member {id}");
        }
    }

    private async Task StartSite()
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
        // Demo photos (on in Development) cost renders at start-up and have nothing to do with invitations.
        info.Environment["CraftMarket__Media__SeedDemoPhotos"] = "false";
        info.Environment["CraftMarket__Outbox__PollInterval"] = "00:00:00.500";
        info.Environment["CraftMarket__Identity__SignInPerMinute"] = "1000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        site = Process.Start(info)!;
        site.OutputDataReceived += (_, _) => { };
        site.ErrorDataReceived += (_, _) => { };
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
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
