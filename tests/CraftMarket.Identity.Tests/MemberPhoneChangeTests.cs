using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

/// <summary>Members changes a member's phone; Identity moves the producer account to the new phone.</summary>
public sealed partial class MemberPhoneChangeTests(MemberPhoneChangeTests.App app) : IClassFixture<MemberPhoneChangeTests.App>
{
    public sealed class App() : IdentityApp();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();

    private Task DeliverAsync<TEvent>(TEvent @event) where TEvent : IIntegrationEvent => EventDelivery.DeliverAsync(app.Services, @event);

    private async Task<T> QueryAsync<T>(Func<IdentityDb, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityDb>());
    }

    private async Task<Token> PhoneSignInAsync(string phone)
    {
        var client = app.ClientFor("bat-trang");
        await client.PostAsJsonAsync("/api/auth/phone/code", new { phone });
        var sms = await app.WaitForMessageAsync(m => m.To == phone && Code().IsMatch(m.Body) && !m.Body.Contains("/account/phone", StringComparison.Ordinal));
        var login = await client.PostAsJsonAsync("/api/auth/phone/login", new { phone, code = Code().Match(sms.Body).Value });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
        return (await login.Content.ReadFromJsonAsync<Token>())!;
    }

    [Fact]
    public async Task A_new_phone_gets_the_producer_account_and_the_invitation_and_the_old_phone_loses_it_here_only()
    {
        var directory = app.Services.GetRequiredService<ITenantDirectory>();
        var batTrang = directory.FindBySlug("bat-trang")!.Id;
        var (oldPhone, newPhone) = (Api.UniquePhone(), Api.UniquePhone());
        var member = MemberId.New();
        await DeliverAsync(new MemberInvited(Guid.NewGuid(), batTrang, member, "Hộ gốm Lê", "Lê Thị Hoa", oldPhone, "vi"));
        await DeliverAsync(new MemberInvited(Guid.NewGuid(), directory.FindBySlug("dong-ky")!.Id, MemberId.New(), "Hộ Lê", "Lê Thị Hoa", oldPhone, "vi"));
        var oldToken = await PhoneSignInAsync(oldPhone);
        (await app.ClientFor("bat-trang").Bearer(oldToken).GetFromJsonAsync<MeView>("/api/auth/me"))!.TenantRoles.ShouldBe(["producer"]);

        var changed = new MemberChanged(Guid.NewGuid(), batTrang, member, newPhone, "en", "Hộ gốm Lê");
        await DeliverAsync(changed);
        await DeliverAsync(changed);

        var holders = await QueryAsync(db => db.Memberships.Where(m => m.MemberId == member.Value)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.PhoneNumber).ToListAsync());
        holders.ShouldBe([newPhone]);
        var oldAccountMemberships = await QueryAsync(db => db.Memberships.Join(db.Users.Where(u => u.PhoneNumber == oldPhone),
            m => m.UserId, u => u.Id, (m, u) => m).CountAsync());
        oldAccountMemberships.ShouldBe(1, "the old phone still produces for Dong Ky");

        var invitations = (await app.MailboxAsync()).Where(m => m.To == newPhone).ToList();
        invitations.Count.ShouldBe(1, "a redelivered event texts once");
        invitations[0].Body.ShouldContain("bat-trang.localhost/account/phone");
        invitations[0].Body.ShouldStartWith("Hiệp hội Gốm sứ Bát Tràng invites you", Case.Sensitive, "in the member's language");

        // The old phone's token was issued before its security stamp changed: refused at once, and so is its refresh token.
        (await app.ClientFor("bat-trang").Bearer(oldToken).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ClientFor("bat-trang").PostAsJsonAsync("/api/auth/refresh", new { oldToken.RefreshToken }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var newToken = await PhoneSignInAsync(newPhone);
        var me = (await app.ClientFor("bat-trang").Bearer(newToken).GetFromJsonAsync<MeView>("/api/auth/me"))!;
        me.TenantRoles.ShouldBe(["producer"]);
        me.MemberId.ShouldBe(member.Value.ToString());
    }

    [Fact]
    public async Task A_change_that_keeps_the_phone_leaves_the_account_and_its_sessions_alone()
    {
        var batTrang = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug("bat-trang")!.Id;
        var phone = Api.UniquePhone();
        var member = MemberId.New();
        await DeliverAsync(new MemberInvited(Guid.NewGuid(), batTrang, member, "Hộ Trần", "Trần Văn Nam", phone, "vi"));
        var token = await PhoneSignInAsync(phone);

        await DeliverAsync(new MemberChanged(Guid.NewGuid(), batTrang, member, "0" + phone[3..], "vi", "Hộ Trần (đổi tên)"));

        (await app.MailboxAsync()).Count(m => m.To == phone && m.Body.Contains("/account/phone", StringComparison.Ordinal)).ShouldBe(1);
        (await app.ClientFor("bat-trang").Bearer(token).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
