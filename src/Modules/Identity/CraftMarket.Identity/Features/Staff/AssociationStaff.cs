using CraftMarket.Identity.Contracts;

namespace CraftMarket.Identity.Features.Staff;

/// <summary>The roster as other modules may read it (no invitations, no phones): <see cref="StaffRoster.ListAsync"/> filters by the current tenant.</summary>
internal sealed class AssociationStaff(StaffRoster roster) : IAssociationStaff
{
    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken ct) =>
        [.. (await roster.ListAsync(ct)).Select(s => new StaffAccount(s.UserId, s.DisplayName, s.Email, s.Roles))];
}
