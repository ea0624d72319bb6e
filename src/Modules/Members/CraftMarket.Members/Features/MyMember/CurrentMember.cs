using System.Security.Claims;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Members.Features.MyMember;

/// <summary>
/// Which member the signed-in producer works for in the current association. A producer may belong
/// to members of several associations; only the claim for this request's tenant counts.
/// </summary>
internal static class CurrentMember
{
    public static MemberId? Of(ClaimsPrincipal user, ITenantContext tenant)
    {
        if (tenant.TenantId is not { } tenantId) return null;
        var prefix = tenantId.Value.ToString() + ":";
        foreach (var claim in user.FindAll(CraftMarketClaims.Member))
        {
            if (claim.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && Guid.TryParse(claim.Value.AsSpan(prefix.Length), out var id))
                return new MemberId(id);
        }
        return null;
    }
}
