using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

public sealed class InvitationTests(InvitationTests.App app) : IClassFixture<InvitationTests.App>
{
    public sealed class App() : IdentityApp();

    private Task DeliverAsync<TEvent>(TEvent @event) where TEvent : IIntegrationEvent => EventDelivery.DeliverAsync(app.Services, @event);

    private async Task<T> QueryAsync<T>(Func<IdentityDb, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityDb>());
    }

    [Fact]
    public async Task An_invitation_delivered_twice_makes_one_producer_account_and_one_text()
    {
        var batTrang = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug("bat-trang")!;
        var phone = Api.UniquePhone();
        var invited = new MemberInvited(Guid.NewGuid(), batTrang.Id, MemberId.New(), "Gốm Minh Hải", "Nguyễn Văn Hải", phone, "vi");

        await DeliverAsync(invited);
        await DeliverAsync(invited);

        (await QueryAsync(db => db.Users.CountAsync(u => u.PhoneNumber == phone))).ShouldBe(1);
        (await QueryAsync(db => db.Memberships.CountAsync(m => m.MemberId == invited.MemberId.Value))).ShouldBe(1);
        var texts = (await app.MailboxAsync()).Where(m => m.To == phone).ToList();
        texts.Count.ShouldBe(1);
        texts[0].Body.ShouldContain("bat-trang.localhost/account/phone");

        // The new producer signs in by SMS code and is a producer of Bat Trang, for that member.
        var client = app.ClientFor("bat-trang");
        await client.PostAsJsonAsync("/api/auth/phone/code", new { phone });
        var sms = await app.WaitForMessageAsync(m => m.To == phone && m.Body.Contains("ma dang nhap", StringComparison.Ordinal));
        var code = System.Text.RegularExpressions.Regex.Match(sms.Body, @"\b\d{6}\b").Value;
        var login = await client.PostAsJsonAsync("/api/auth/phone/login", new { phone, code });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = (await client.Bearer((await login.Content.ReadFromJsonAsync<Token>())!).GetFromJsonAsync<MeView>("/api/auth/me"))!;
        me.TenantRoles.ShouldBe(["producer"]);
        me.MemberId.ShouldBe(invited.MemberId.Value.ToString());
    }

    [Fact]
    public async Task A_second_village_inviting_the_same_phone_links_the_existing_account()
    {
        var directory = app.Services.GetRequiredService<ITenantDirectory>();
        var phone = Api.UniquePhone();
        await DeliverAsync(new MemberInvited(Guid.NewGuid(), directory.FindBySlug("bat-trang")!.Id, MemberId.New(), "Hộ A", "Chị Lan", phone, "vi"));
        await DeliverAsync(new MemberInvited(Guid.NewGuid(), directory.FindBySlug("van-phuc")!.Id, MemberId.New(), "Hộ A", "Chị Lan", phone, "en"));

        (await QueryAsync(db => db.Users.CountAsync(u => u.PhoneNumber == phone))).ShouldBe(1);
        var userId = await QueryAsync(db => db.Users.Where(u => u.PhoneNumber == phone).Select(u => u.Id).SingleAsync());
        (await QueryAsync(db => db.Memberships.CountAsync(m => m.UserId == userId))).ShouldBe(2);
    }

    [Fact]
    public async Task Deactivating_the_member_removes_the_producer_role_in_that_village_only()
    {
        var directory = app.Services.GetRequiredService<ITenantDirectory>();
        var phone = Api.UniquePhone();
        var inBatTrang = new MemberInvited(Guid.NewGuid(), directory.FindBySlug("bat-trang")!.Id, MemberId.New(), "Hộ B", "Anh Tú", phone, "vi");
        var inDongKy = new MemberInvited(Guid.NewGuid(), directory.FindBySlug("dong-ky")!.Id, MemberId.New(), "Hộ B", "Anh Tú", phone, "vi");
        await DeliverAsync(inBatTrang);
        await DeliverAsync(inDongKy);

        var deactivated = new MemberDeactivated(Guid.NewGuid(), inBatTrang.TenantId, inBatTrang.MemberId);
        await DeliverAsync(deactivated);
        await DeliverAsync(deactivated);

        var left = await QueryAsync(db => db.Memberships.Where(m => m.MemberId == inBatTrang.MemberId.Value || m.MemberId == inDongKy.MemberId.Value)
            .Select(m => m.MemberId).ToListAsync());
        left.ShouldBe([inDongKy.MemberId.Value]);
    }
}
