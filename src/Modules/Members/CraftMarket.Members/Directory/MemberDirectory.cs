using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.Members.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Directory;

/// <summary>Other modules' read access to members; the tenant filter keeps it within the current association.</summary>
internal sealed class MemberDirectory(MembersDb db) : IMemberDirectory
{
    public async Task<MemberSummary?> FindAsync(MemberId id, CancellationToken ct) =>
        await db.Members.AsNoTracking().Where(m => m.Id == id).Select(Summary).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<MemberSummary>> ListAsync(CancellationToken ct) =>
        await db.Members.AsNoTracking().OrderBy(m => m.DisplayName).Select(Summary).ToListAsync(ct);

    public async Task<IReadOnlyList<MakerProfile>> MakersAsync(IReadOnlyCollection<MemberId> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var wanted = ids.Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => wanted.Contains(m.Id)).ToListAsync(ct);
        return [.. members.Select(m => new MakerProfile(m.Id, m.DisplayName, m.Commune, m.Kind, m.Status, m.IsPubliclyListed,
            m.PublicCapacities() is { } published ? [.. published.Select(c => new DeclaredCapacity(c.Category, c.Quantity, c.Unit))] : null))];
    }

    private static readonly System.Linq.Expressions.Expression<Func<Member, MemberSummary>> Summary = m =>
        new MemberSummary(m.Id, m.TenantId, m.Kind, m.DisplayName, m.PhoneE164, m.Status, m.CanSignContracts, m.ExportEligible);
}
