using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Identity.Data;

/// <summary>
/// A user's role in one association (and, for producers, the member household they act for).
/// Deliberately not <see cref="ITenantOwned"/>: building a user's claims reads all of their
/// memberships at once, whatever host they sign in on. Writes always name the tenant explicitly.
/// </summary>
internal sealed class TenantMembership
{
    private TenantMembership() { }

    public TenantMembership(Guid userId, TenantId tenantId, string role, Guid? memberId)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        TenantId = tenantId;
        Role = role;
        MemberId = memberId;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public TenantId TenantId { get; private set; }
    public string Role { get; private set; } = "";
    public Guid? MemberId { get; private set; }
}
