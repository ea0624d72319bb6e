using System.Security.Claims;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Features.Accounts;

/// <summary>The <see cref="CurrentActor"/> of the request, as an app needs it to choose what to show.</summary>
internal sealed record Me(Guid UserId, string DisplayName, string? Email, string? Phone, string? Tenant,
    IReadOnlyList<string> TenantRoles, IReadOnlyList<string> PlatformRoles, string? MemberId, string? BuyerCompany,
    string PreferredLanguage, string? BuyerCountry, IReadOnlyList<string> BuyerLanguages);

internal sealed record TenantAccount(Guid UserId, string DisplayName, string? Email, string? Phone, string Role, Guid? MemberId);

internal static class AccountEndpoints
{
    public static void MapAccounts(this IEndpointRouteBuilder api)
    {
        api.MapGet("/api/auth/me", GetMe).RequireAuthorization().WithTags("Auth")
            .WithSummary("Who the bearer is, and their roles in the association of this host").Produces<Me>();
        api.MapGet("/api/identity/accounts", ListTenantAccounts).RequireAuthorization(Policies.AssociationAdmin).WithTags("Identity")
            .WithSummary("Accounts holding a role in this association (association admins only)")
            .Produces<IReadOnlyList<TenantAccount>>().ProducesProblem(403);
    }

    /// <summary>
    /// Roles come from the token's claims (what this request may do); the profile comes from the
    /// account row, because a bearer token keeps the name and company it was issued with until it is refreshed.
    /// </summary>
    private static async Task<IResult> GetMe(CurrentActor actor, ClaimsPrincipal user, ITenantContext tenant, UserManager<CraftMarketUser> users)
    {
        if (await users.GetUserAsync(user) is not { } account) return TypedResults.Unauthorized();
        return TypedResults.Ok(new Me(
            actor.UserId!.Value, account.DisplayName,
            user.FindFirstValue(ClaimTypes.Email), user.FindFirstValue(ClaimTypes.MobilePhone),
            tenant.Slug, [.. actor.TenantRoles.Order(StringComparer.Ordinal)],
            [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)], actor.MemberId?.Value.ToString(), account.BuyerCompany,
            account.PreferredLanguage, account.BuyerCountry, [.. (account.BuyerLanguages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)]));
    }

    /// <summary>Reads memberships filtered by the current tenant explicitly: the table has no global filter.</summary>
    private static async Task<IResult> ListTenantAccounts(ITenantContext tenant, IdentityDb db, CancellationToken ct)
    {
        var tenantId = tenant.TenantId!.Value;
        var rows = await db.Memberships.AsNoTracking().Where(m => m.TenantId == tenantId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u })
            .OrderBy(x => x.m.Role).ThenBy(x => x.u.DisplayName)
            .Select(x => new TenantAccount(x.u.Id, x.u.DisplayName, x.u.Email, x.u.PhoneNumber, x.m.Role, x.m.MemberId))
            .ToListAsync(ct);
        return TypedResults.Ok(rows);
    }
}
