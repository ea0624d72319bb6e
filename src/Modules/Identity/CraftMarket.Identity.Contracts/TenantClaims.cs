using System.Security.Claims;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Identity.Contracts;

/// <summary>
/// Claims scoped to one association, "{tenantId}:{value}" (roles and the member a producer acts
/// for). Written and read only here, so every reader agrees: the tenant part is compared as a
/// GUID (its letter case does not matter), the value is taken as written. Modules do not read
/// these claims themselves: they ask the <see cref="CurrentActor"/>, which is built from them here.
/// </summary>
public static class TenantClaims
{
    public static string Format(TenantId tenant, string value) => $"{tenant}:{value}";

    public static IEnumerable<string> RolesIn(ClaimsPrincipal user, TenantId tenant) =>
        ValuesIn(user, CraftMarketClaims.TenantRole, tenant);

    public static string? MemberIn(ClaimsPrincipal user, TenantId tenant) =>
        ValuesIn(user, CraftMarketClaims.Member, tenant).FirstOrDefault();

    private static IEnumerable<string> ValuesIn(ClaimsPrincipal user, string claimType, TenantId tenant)
    {
        foreach (var claim in user.FindAll(claimType))
        {
            var colon = claim.Value.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Guid.TryParse(claim.Value.AsSpan(0, colon), out var id) && id == tenant.Value)
                yield return claim.Value[(colon + 1)..];
        }
    }
}
