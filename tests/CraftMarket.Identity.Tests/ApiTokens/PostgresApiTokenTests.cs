using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Contracts;

namespace CraftMarket.Identity.Tests.ApiTokens;

/// <summary>A token's whole life on PostgreSQL: the migration, the lookup by hash, last use, expiry, the admin's list and revocation.</summary>
public sealed class PostgresApiTokenTests(PostgresApiTokenSite app) : IClassFixture<PostgresApiTokenSite>
{
    [Fact]
    public async Task A_token_is_made_used_listed_and_refused_once_expired_or_revoked()
    {
        var (userId, _, session) = await app.Staff("bat-trang", TenantRoles.ExportDesk);
        var created = await ApiTokenSite.CreateAsync(session, [TenantRoles.ExportDesk]);
        var token = app.WithToken("bat-trang", created.Secret);

        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await token.GetAsync("/api/identity/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithToken("van-phuc", created.Secret).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.RowAsync(created.Id)).LastUsedAt.ShouldNotBeNull();
        var all = (await (await app.DemoAdmin("bat-trang")).GetFromJsonAsync<AssociationTokenView[]>("/api/association/api-tokens"))!;
        all.Single(t => t.Id == created.Id).UserId.ShouldBe(userId);

        await app.SetAsync(created.Id, row => row.Property(t => t.ExpiresAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-1));
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await app.SetAsync(created.Id, row => row.Property(t => t.ExpiresAt).CurrentValue = DateTimeOffset.UtcNow.AddDays(1));
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.DeleteAsync($"/api/account/api-tokens/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await session.GetFromJsonAsync<TokenView[]>("/api/account/api-tokens"))!.Single().Status.ShouldBe("revoked");
    }
}
