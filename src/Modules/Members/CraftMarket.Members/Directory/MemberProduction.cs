using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Directory;

/// <summary>Members' production profiles for the association's own staff features (joint-order allocation).</summary>
internal sealed class MemberProduction(MembersDb db) : IMemberProduction
{
    public async Task<IReadOnlyList<ProductionProfile>> ProfilesAsync(CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct);
        return [.. members.Select(m => new ProductionProfile(
            m.Id, m.Kind, m.DisplayName, m.Status, m.ExportEligible, m.CanSignContracts, m.PhoneE164, m.PreferredLanguage,
            [.. m.Crafts], [.. m.Equipment.Select(e => e.Name)],
            [.. m.Capacities.Select(c => new DeclaredCapacity(c.Category, c.Quantity, c.Unit))]))];
    }
}
