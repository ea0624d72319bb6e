using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.ApiTokens;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests.ApiTokens;

public sealed record CreatedTokenView(Guid Id, string Name, string Prefix, string[] Roles, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string Secret);

public sealed record TokenView(Guid Id, string Name, string Prefix, string[] Roles, string Status,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

public sealed record AssociationTokenView(Guid Id, Guid UserId, string Owner, string? OwnerEmail, string Name, string Prefix, string[] Roles, string Status);

/// <summary>One started site for the API token tests (the demo villages, sign-in limits out of the way).</summary>
public class ApiTokenSite : IdentityApp
{
    public ApiTokenSite() : this(null) { }

    protected ApiTokenSite(string? postgres) : base(postgres: postgres) { }

    public const string Password = "a long staff passphrase";

    public TenantId TenantOf(string slug) => Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)!.Id;

    /// <summary>A fresh staff account holding <paramref name="roles"/> in <paramref name="slug"/>, signed in with a password (an app bearer token).</summary>
    public async Task<(Guid UserId, string Email, HttpClient Session)> Staff(string slug, params string[] roles)
    {
        var email = Api.UniqueEmail("staff");
        var tenant = TenantOf(slug);
        var user = await this.CreateUserAsync(email, null, Password, [.. roles.Select(r => (tenant, r))]);
        var session = ClientFor(slug).Bearer(await ClientFor(slug).LoginAsync(new { email, password = Password }));
        return (user.Id, email, session);
    }

    public async Task<HttpClient> DemoAdmin(string slug) =>
        ClientFor(slug).Bearer(await ClientFor(slug).LoginAsync(new { email = Auth.AssociationAdmin(slug), password = Auth.DemoPassword }));

    public static async Task<CreatedTokenView> CreateAsync(HttpClient session, string[] roles, string name = "Accounting export", int? expiresInDays = null)
    {
        var response = await session.PostAsJsonAsync("/api/account/api-tokens", new { name, roles, expiresInDays });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedTokenView>())!;
    }

    /// <summary>A client on <paramref name="slug"/>'s host (null: the platform host) sending the token and nothing else.</summary>
    public HttpClient WithToken(string? slug, string secret)
    {
        var client = ClientFor(slug);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    internal async Task<ApiToken> RowAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDb>().ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    internal async Task SetAsync(Guid id, Action<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<ApiToken>> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var row = await db.ApiTokens.SingleAsync(t => t.Id == id);
        change(db.Entry(row));
        await db.SaveChangesAsync();
    }
}

/// <summary>The same site on PostgreSQL (the ApiTokens migration, the hash index, last-use updates).</summary>
public sealed class PostgresApiTokenSite() : ApiTokenSite(PostgresDatabase.Create());

[CollectionDefinition(Name)]
public sealed class ApiTokenCollection : ICollectionFixture<ApiTokenSite>
{
    public const string Name = "api-tokens";
}
