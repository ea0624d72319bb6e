using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>
/// The real site as a separate process, killed with SIGKILL while the outbox is delivering
/// invitations, then started again on the same data directory: every invitation still reaches
/// Identity, and none creates a second account or link.
/// </summary>
public sealed class ProcessKillTests : IDisposable
{
    private readonly SiteProcess site = new(new Dictionary<string, string> { ["CraftMarket__Outbox__PollInterval"] = "00:00:00.500" });

    [Fact]
    public async Task Invitations_survive_a_kill_mid_delivery_and_are_applied_once()
    {
        await site.StartAsync();
        using var http = site.Client("bat-trang.localhost");
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
        await site.KillAsync();   // SIGKILL: no graceful shutdown, no flushing

        var pendingAtKill = Scalar("SELECT COUNT(*) FROM members_outbox_messages WHERE ProcessedAt IS NULL");
        pendingAtKill.ShouldBeGreaterThan(0, "the kill must interrupt delivery, or this test proves nothing");

        await site.StartAsync();
        for (var i = 0; i < 200 && Scalar("SELECT COUNT(*) FROM members_outbox_messages WHERE ProcessedAt IS NULL") > 0; i++)
            await Task.Delay(100);
        Scalar("SELECT COUNT(*) FROM members_outbox_messages WHERE ProcessedAt IS NULL").ShouldBe(0);

        foreach (var (id, phone) in invited)
        {
            Scalar($"SELECT COUNT(*) FROM identity_users WHERE PhoneNumber = '{phone}'").ShouldBe(1, $"one account for {phone}");
            Scalar($"SELECT COUNT(*) FROM identity_tenant_memberships WHERE lower(MemberId) = lower('{id}')").ShouldBe(1, $"one link for member {id}");
        }
    }

    private long Scalar(string sql) => site.Scalar(sql);

    public void Dispose() => site.Dispose();
}
