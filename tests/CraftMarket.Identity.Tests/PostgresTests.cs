using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>The same flows on PostgreSQL: migrations, unique indexes and the demo seed in schema "identity".</summary>
public sealed class PostgresTests(PostgresTests.App app) : IClassFixture<PostgresTests.App>
{
    public sealed class App() : IdentityApp(postgres: PostgresDatabase.Create());

    [Fact]
    public async Task Demo_admin_signs_in_and_is_scoped_to_their_village()
    {
        var token = await app.ClientFor("bat-trang").LoginAsync(new { email = Auth.AssociationAdmin("bat-trang"), password = Auth.DemoPassword });
        (await app.ClientFor("bat-trang").Bearer(token).GetAsync("/api/identity/accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.ClientFor("van-phuc").Bearer(token).GetAsync("/api/identity/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_phone_belongs_to_one_account_only()
    {
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        var token = await app.ClientFor(null).LoginAsync(new { phone, password = Auth.DemoPassword });
        (await app.ClientFor(null).Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me"))!.Phone.ShouldBe(phone);

        await Should.ThrowAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => app.CreateUserAsync(Api.UniqueEmail(), phone));
    }

    [Fact]
    public async Task A_phone_change_moves_the_membership_and_revokes_the_old_token_in_one_transaction()
    {
        var batTrang = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug("bat-trang")!.Id;
        var (oldPhone, newPhone) = (Api.UniquePhone(), Api.UniquePhone());
        await app.CreateUserAsync(null, oldPhone);
        var token = await app.ClientFor("bat-trang").LoginAsync(new { phone = oldPhone, password = Auth.DemoPassword });
        var member = MemberId.New();
        await DeliverAsync(new MemberInvited(Guid.NewGuid(), batTrang, member, "Hộ Phạm", "Phạm Văn Đức", oldPhone, "vi"));

        await DeliverAsync(new MemberChanged(Guid.NewGuid(), batTrang, member, newPhone, "vi", "Hộ Phạm"));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        (await db.Memberships.Where(m => m.MemberId == member.Value).Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.PhoneNumber)
            .ToListAsync()).ShouldBe([newPhone]);
        (await app.ClientFor("bat-trang").Bearer(token).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sessions_are_listed_revoked_and_swept_on_PostgreSQL()
    {
        var email = Api.UniqueEmail("pg-sessions");
        await app.CreateUserAsync(email, null);
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(email);
        var token = await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword });
        var api = app.ClientFor(null).Bearer(token);
        var sessions = (await api.GetFromJsonAsync<List<SessionItem>>("/api/auth/sessions"))!;
        sessions.Select(s => s.Kind).Order(StringComparer.Ordinal).ShouldBe(["app", "browser"]);
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/refresh", new { token.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var browserSession = sessions.Single(s => s.Kind == "browser").Id;
        (await api.DeleteAsync($"/api/auth/sessions/{browserSession}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CraftMarketUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!);
        }
        (await api.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a new stamp ends the token at once");
        var cleanup = new CraftMarket.Identity.Features.Sessions.SessionCleanup(app.Services.GetRequiredService<IServiceScopeFactory>(),
            TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<CraftMarket.Identity.Features.Sessions.SessionCleanup>.Instance);
        (await cleanup.SweepAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        await using var check = app.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<IdentityDb>();
        (await db.Sessions.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email))).ShouldBe(0);
    }

    private Task DeliverAsync<TEvent>(TEvent @event) where TEvent : IIntegrationEvent => EventDelivery.DeliverAsync(app.Services, @event);
}
