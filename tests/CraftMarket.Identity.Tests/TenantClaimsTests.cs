using System.Security.Claims;
using CraftMarket.Identity.Authorization;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Identity.Tests;

/// <summary>The policy handler and /api/auth/me read "{tenantId}:{value}" claims through one parser.</summary>
public sealed class TenantClaimsTests
{
    private static readonly TenantId Here = TenantId.New();
    private static readonly TenantId Elsewhere = TenantId.New();

    private static ClaimsPrincipal With(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

    [Fact]
    public void Roles_and_member_are_read_for_this_association_only_whatever_the_letter_case_of_its_id()
    {
        var member = Guid.NewGuid();
        var user = With(
            (CraftMarketClaims.TenantRole, Here.ToString().ToUpperInvariant() + ":producer"),
            (CraftMarketClaims.TenantRole, TenantClaims.Format(Elsewhere, "association-admin")),
            (CraftMarketClaims.TenantRole, "not-a-tenant:association-admin"),
            (CraftMarketClaims.Member, TenantClaims.Format(Here, member.ToString())),
            (CraftMarketClaims.Member, TenantClaims.Format(Elsewhere, Guid.NewGuid().ToString())));

        TenantClaims.RolesIn(user, Here).ShouldBe(["producer"]);
        TenantClaims.RolesIn(user, Elsewhere).ShouldBe(["association-admin"]);
        TenantClaims.MemberIn(user, Here).ShouldBe(member.ToString());
        TenantClaims.MemberIn(user, TenantId.New()).ShouldBeNull();
    }
}
