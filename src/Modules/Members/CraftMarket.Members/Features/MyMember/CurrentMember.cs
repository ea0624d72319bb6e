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
    public static MemberId? Of(ClaimsPrincipal user, ITenantContext tenant) =>
        tenant.TenantId is { } tenantId && TenantClaims.MemberIn(user, tenantId) is { } value && Guid.TryParse(value, out var id)
            ? new MemberId(id)
            : null;
}
