using System.Security.Claims;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Authentication;

/// <summary>
/// Turns membership rows into claims ("{tenantId}:{role}", "{tenantId}:{memberId}") so a policy can
/// check a role against the tenant of the request without a database round-trip.
/// </summary>
internal sealed class CraftMarketClaimsFactory(
    UserManager<CraftMarketUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, IdentityDb db)
    : UserClaimsPrincipalFactory<CraftMarketUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string Language = "cm:lang";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CraftMarketUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CraftMarketClaims.DisplayName, user.DisplayName));
        if (!string.IsNullOrWhiteSpace(user.BuyerCompany)) identity.AddClaim(new Claim(CraftMarketClaims.BuyerCompany, user.BuyerCompany));
        identity.AddClaim(new Claim(Language, user.PreferredLanguage));
        if (user.PhoneNumber is { } phone) identity.AddClaim(new Claim(ClaimTypes.MobilePhone, phone));

        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == user.Id).ToListAsync();
        foreach (var m in memberships)
        {
            identity.AddClaim(new Claim(CraftMarketClaims.TenantRole, TenantClaims.Format(m.TenantId, m.Role)));
            if (m.MemberId is { } memberId)
                identity.AddClaim(new Claim(CraftMarketClaims.Member, TenantClaims.Format(m.TenantId, memberId.ToString())));
        }
        return identity;
    }
}
