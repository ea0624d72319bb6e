using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests.ApiTokens;

/// <summary>
/// Personal API tokens (ADR 0067): made with a sign-in, shown once, stored as a hash; on /api they act as
/// their owner with only their roles, only in their association, until revoked, expired or the role is gone.
/// </summary>
[Collection(ApiTokenCollection.Name)]
public sealed class ApiTokenTests(ApiTokenSite app)
{
    [Fact]
    public async Task A_token_acts_as_its_owner_with_only_the_roles_it_was_given()
    {
        var (userId, _, session) = await app.Staff("bat-trang", TenantRoles.AssociationAdmin, TenantRoles.ExportDesk);
        (await session.GetAsync("/api/identity/staff")).StatusCode.ShouldBe(HttpStatusCode.OK, "the owner may read the staff list");

        var created = await ApiTokenSite.CreateAsync(session, [TenantRoles.ExportDesk]);
        created.Secret.ShouldStartWith("cmk_");
        created.Secret.Length.ShouldBe(4 + 43, "cmk_ and 256 random bits in base64url");
        created.Prefix.ShouldBe(created.Secret[..12]);
        created.Roles.ShouldBe([TenantRoles.ExportDesk]);

        var token = app.WithToken("bat-trang", created.Secret);
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.OK, "the export desk's inquiry list");
        (await token.GetAsync("/api/identity/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "admin is a role the token was not given");
        var me = (await token.GetFromJsonAsync<MeView>("/api/auth/me"))!;
        me.UserId.ShouldBe(userId);
        me.TenantRoles.ShouldBe([TenantRoles.ExportDesk]);
        me.PlatformRoles.ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_village_and_the_platform_host_refuse_the_token()
    {
        var (_, _, session) = await app.Staff("bat-trang", TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(session, [TenantRoles.ExportDesk]);
        (await app.WithToken("bat-trang", created.Secret).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var (host, path) in new[] { ("van-phuc", "/api/auth/me"), ("van-phuc", "/api/inquiries"), ((string?)null, "/api/auth/me") })
        {
            var response = await app.WithToken(host, created.Secret).GetAsync(path);
            (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldNotBeNullOrEmpty();
            response.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
        }
    }

    [Fact]
    public async Task A_revoked_token_is_refused_at_once()
    {
        var (_, _, session) = await app.Staff("bat-trang", TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(session, [TenantRoles.ExportDesk]);
        var token = app.WithToken("bat-trang", created.Secret);
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.DeleteAsync($"/api/account/api-tokens/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await token.GetAsync("/api/inquiries")).ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldContain("revoked");
        (await session.GetFromJsonAsync<TokenView[]>("/api/account/api-tokens"))!.Single(t => t.Id == created.Id).Status.ShouldBe("revoked");
        (await session.DeleteAsync($"/api/account/api-tokens/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent, "revoking twice is harmless");
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var (_, _, session) = await app.Staff("bat-trang", TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(session, [TenantRoles.ExportDesk], expiresInDays: 1);
        var token = app.WithToken("bat-trang", created.Secret);
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await app.SetAsync(created.Id, row => row.Property(t => t.ExpiresAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-1));
        (await (await token.GetAsync("/api/inquiries")).ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldContain("expired");
        (await session.GetFromJsonAsync<TokenView[]>("/api/account/api-tokens"))!.Single(t => t.Id == created.Id).Status.ShouldBe("expired");
    }

    [Fact]
    public async Task The_secret_is_stored_only_as_its_hash_and_never_listed()
    {
        var (_, _, session) = await app.Staff("bat-trang", TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(session, [TenantRoles.ExportDesk]);

        var row = await app.RowAsync(created.Id);
        row.SecretHash.ShouldBe(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(created.Secret))));
        var stored = typeof(CraftMarket.Identity.Features.ApiTokens.ApiToken).GetProperties()
            .Where(p => p.PropertyType == typeof(string)).Select(p => (string)p.GetValue(row)!).ToList();
        var hidden = created.Secret[12..];
        stored.ShouldNotContain(value => value.Contains(hidden, StringComparison.Ordinal), "no column holds the secret past its display prefix");

        var mine = await session.GetStringAsync("/api/account/api-tokens");
        mine.ShouldContain(created.Prefix);
        mine.ShouldNotContain(created.Secret);
        mine.ShouldNotContain(row.SecretHash);
        var all = await (await app.DemoAdmin("bat-trang")).GetStringAsync("/api/association/api-tokens");
        all.ShouldContain(created.Id.ToString());
        all.ShouldNotContain(created.Secret);
        all.ShouldNotContain(row.SecretHash);
    }

    [Fact]
    public async Task Someone_elses_token_is_not_found_and_keeps_working()
    {
        var (_, _, owner) = await app.Staff("bat-trang", TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(owner, [TenantRoles.ExportDesk]);
        var (_, _, colleague) = await app.Staff("bat-trang", TenantRoles.ExportDesk);

        (await (await colleague.DeleteAsync($"/api/account/api-tokens/{created.Id}")).ProblemAsync(HttpStatusCode.NotFound)).Status.ShouldBe(404);
        (await colleague.GetFromJsonAsync<TokenView[]>("/api/account/api-tokens"))!.ShouldNotContain(t => t.Id == created.Id);
        (await colleague.DeleteAsync($"/api/association/api-tokens/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "only the admin revokes others' tokens");
        (await (await app.DemoAdmin("van-phuc")).DeleteAsync($"/api/association/api-tokens/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithToken("bat-trang", created.Secret).GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_association_admin_lists_and_revokes_every_token_of_the_association()
    {
        var (userId, _, owner) = await app.Staff("bat-trang", TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(owner, [TenantRoles.ExportDesk], name: "Spreadsheet");
        var (_, _, elsewhere) = await app.Staff("van-phuc", TenantRoles.ExportDesk);
        var foreign = await ApiTokenSite.CreateAsync(elsewhere, [TenantRoles.ExportDesk]);

        var admin = await app.DemoAdmin("bat-trang");
        var all = (await admin.GetFromJsonAsync<AssociationTokenView[]>("/api/association/api-tokens"))!;
        all.Single(t => t.Id == created.Id).ShouldSatisfyAllConditions(t => t.UserId.ShouldBe(userId), t => t.Name.ShouldBe("Spreadsheet"));
        all.ShouldNotContain(t => t.Id == foreign.Id, "another village's tokens are not listed");

        (await admin.DeleteAsync($"/api/association/api-tokens/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.WithToken("bat-trang", created.Secret).GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.RowAsync(created.Id)).RevokedBy.ShouldNotBe(userId);
        (await EventsOf(userId)).ShouldContain(e => e.Kind == SecurityEventKind.ApiTokenRevoked && e.Detail!.Contains("by the association admin"));
        (await owner.GetAsync("/api/association/api-tokens")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_can_neither_make_a_token_nor_change_the_account()
    {
        var (_, _, session) = await app.Staff("bat-trang", TenantRoles.AssociationAdmin, TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(session, [TenantRoles.AssociationAdmin, TenantRoles.ExportDesk]);
        var token = app.WithToken("bat-trang", created.Secret);

        var made = await token.PostAsJsonAsync("/api/account/api-tokens", new { name = "Copy", roles = new[] { TenantRoles.ExportDesk } });
        (await made.ProblemAsync(HttpStatusCode.Forbidden)).Detail.ShouldContain("sign in");
        var password = await token.PostAsJsonAsync("/api/auth/password/change", new { currentPassword = ApiTokenSite.Password, newPassword = "another long passphrase" });
        password.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await token.GetAsync("/api/auth/sessions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.GetFromJsonAsync<TokenView[]>("/api/account/api-tokens"))!.Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_role_the_owner_loses_or_a_locked_account_is_lost_by_the_token_too()
    {
        var (userId, email, session) = await app.Staff("bat-trang", TenantRoles.AssociationAdmin, TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(session, [TenantRoles.AssociationAdmin, TenantRoles.ExportDesk]);
        var token = app.WithToken("bat-trang", created.Secret);
        (await token.GetAsync("/api/identity/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await app.DemoAdmin("bat-trang");
        (await admin.PutAsJsonAsync($"/api/identity/staff/{userId}/roles", new { roles = new[] { TenantRoles.ExportDesk } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await token.GetAsync("/api/identity/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "admin was taken from the owner");
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.OK, "the export desk role is still held");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            (await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15))).Succeeded.ShouldBeTrue();
        }
        (await (await token.GetAsync("/api/inquiries")).ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldContain("locked");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
            (await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, null)).Succeeded.ShouldBeTrue();
        }
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.DeleteAsync($"/api/identity/staff/{userId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await token.GetAsync("/api/inquiries")).ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldContain("no longer holds");
    }

    [Fact]
    public async Task Requests_are_validated_and_tokens_last_90_days_unless_told()
    {
        var (_, _, session) = await app.Staff("bat-trang", TenantRoles.ExportDesk);
        var notHeld = await session.PostAsJsonAsync("/api/account/api-tokens", new { name = "x", roles = new[] { TenantRoles.AssociationAdmin } });
        (await notHeld.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["roles"]);
        var producer = await session.PostAsJsonAsync("/api/account/api-tokens", new { name = "x", roles = new[] { TenantRoles.Producer } });
        (await producer.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["roles"]);
        var bad = await session.PostAsJsonAsync("/api/account/api-tokens", new { name = " ", roles = Array.Empty<string>(), expiresInDays = 366 });
        (await bad.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["name", "roles", "expiresInDays"], ignoreOrder: true);

        var standard = await ApiTokenSite.CreateAsync(session, [TenantRoles.ExportDesk]);
        (standard.ExpiresAt - standard.CreatedAt).ShouldBe(TimeSpan.FromDays(90));
        var year = await ApiTokenSite.CreateAsync(session, [TenantRoles.ExportDesk], expiresInDays: 365);
        (year.ExpiresAt - year.CreatedAt).ShouldBe(TimeSpan.FromDays(365));
        (await app.ClientFor("bat-trang").GetAsync("/api/account/api-tokens")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Last_use_is_recorded_at_most_once_a_minute()
    {
        var (_, _, session) = await app.Staff("bat-trang", TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(session, [TenantRoles.ExportDesk]);
        (await app.RowAsync(created.Id)).LastUsedAt.ShouldBeNull();
        var token = app.WithToken("bat-trang", created.Secret);

        (await token.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.RowAsync(created.Id)).LastUsedAt.ShouldNotBeNull();

        var recent = DateTimeOffset.UtcNow.AddSeconds(-30);
        await app.SetAsync(created.Id, row => row.Property(t => t.LastUsedAt).CurrentValue = recent);
        (await token.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.RowAsync(created.Id)).LastUsedAt.ShouldBe(recent, "used again within the minute: not written");

        await app.SetAsync(created.Id, row => row.Property(t => t.LastUsedAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-2));
        (await token.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.RowAsync(created.Id)).LastUsedAt!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddSeconds(-30));
    }

    private async Task<List<SecurityEvent>> EventsOf(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDb>().SecurityEvents.AsNoTracking().Where(e => e.UserId == userId).ToListAsync();
    }
}
