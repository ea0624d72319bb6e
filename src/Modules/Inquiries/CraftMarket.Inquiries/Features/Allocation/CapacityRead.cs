using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Features.Allocation.Engine;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Allocation;

/// <summary>What the engine and the desk page need about the association's members and the inquiry's products.</summary>
internal sealed record CapacityFacts(
    IReadOnlyList<ProductionProfile> Profiles,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyDictionary<ProductId, PublishedProduct> Products,
    IReadOnlyList<ProductFacts> ProductFacts,
    IReadOnlyList<CommittedWork> Committed,
    IReadOnlyDictionary<ProductId, IReadOnlySet<MemberId>>? MarkHolders);

/// <summary>
/// Reads, for one inquiry, everything the engine weighs (ADR 0047): members' production profiles
/// (all capacities, private ones too: staff only), the inquiry's published products, capacity
/// commitments overlapping the production window, shares offered, accepted or countered in other
/// open inquiries (promised work not yet committed), each member's last work, and, when the buyer
/// wants marked goods, who is certified. The engine itself stays pure.
/// </summary>
internal sealed class CapacityRead(InquiriesDb db, IMemberProduction members, ICatalogue catalogue, IMarkHolders marks)
{
    /// <summary>Days kept between the members' due date and the buyer's date: the lead firm's finishing, QC and packing.</summary>
    public const int FinishingDays = 7;

    private static readonly InquiryStatus[] OpenStatuses = [InquiryStatus.New, InquiryStatus.Allocating, InquiryStatus.Quoted];
    private static readonly ShareStatus[] Promised = [ShareStatus.Offered, ShareStatus.Accepted, ShareStatus.Countered];

    /// <summary>The members' due date: the buyer's date minus the finishing margin.</summary>
    public static DateOnly DueOn(Inquiry inquiry) => inquiry.RequiredBy.AddDays(-FinishingDays);

    /// <param name="ownWork">This inquiry's shares that already bind the member (kept by the engine), counted against its capacity.</param>
    public async Task<CapacityFacts> ReadAsync(Inquiry inquiry, IEnumerable<Share> ownWork, DateOnly today, CancellationToken ct)
    {
        var due = DueOn(inquiry);
        var profiles = await members.ProfilesAsync(ct);

        var others = await (
            from s in db.Shares.AsNoTracking()
            where s.InquiryId != inquiry.Id && Promised.Contains(s.Status)
            join i in db.Inquiries.AsNoTracking() on s.InquiryId equals i.Id
            where OpenStatuses.Contains(i.Status)
            select new { s.MemberId, s.ProductId, s.Status, s.Quantity, s.CounterQuantity, s.DueOn, s.CounterDueOn }).ToListAsync(ct);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.ReleasedAt == null && c.To >= today && c.From <= due)
            .Select(c => new { c.MemberId, c.CapacityKey, c.From, c.To, c.Quantity }).ToListAsync(ct);

        var wanted = inquiry.Lines.Select(l => l.ProductId).Concat(others.Select(o => o.ProductId)).Distinct().ToList();
        var products = (await catalogue.FindPublishedAsync(wanted, ct)).ToDictionary(p => p.Id);

        var committed = new List<CommittedWork>(commitments.Count + others.Count);
        committed.AddRange(commitments.Select(c => new CommittedWork(c.MemberId, c.CapacityKey, c.From, c.To, c.Quantity)));
        foreach (var o in others)
            if (products.TryGetValue(o.ProductId, out var p))
                committed.Add(new CommittedWork(o.MemberId, KeyOf(p), today,
                    o.Status == ShareStatus.Countered ? o.CounterDueOn ?? o.DueOn : o.DueOn, Share.CoverageOf(o.Status, o.Quantity, o.CounterQuantity)));
        foreach (var s in ownWork)
            if (products.TryGetValue(s.ProductId, out var p))
                committed.Add(new CommittedWork(s.MemberId, KeyOf(p), today, s.DueOn < today ? today : s.DueOn, s.Coverage));

        var lastWork = await LastWorkAsync(ct);
        var candidates = profiles.Select(m => new Candidate(m.Id, m.DisplayName, m.Status == MemberStatus.Active, m.ExportEligible,
                [.. m.Crafts.Concat(m.Equipment).Select(CraftMatch.Fold).Where(s => s.Length > 0).Distinct()],
                m.Capacities.GroupBy(c => CraftMatch.Fold(c.Category)).ToDictionary(g => g.Key, g => (int)Math.Min(int.MaxValue, g.Sum(c => (long)c.Quantity))),
                lastWork.TryGetValue(m.Id, out var last) ? last : null))
            .ToList();

        var facts = inquiry.Lines.Select(l => l.ProductId).Distinct().Where(products.ContainsKey).Select(id => Facts(products[id])).ToList();
        var holders = inquiry.WantsMarkedGoods ? await marks.HoldersAsync([.. inquiry.Lines.Select(l => l.ProductId).Distinct()], ct) : null;
        return new CapacityFacts(profiles, candidates, products, facts, committed, holders);
    }

    /// <summary>The capacity key of a product: its category's Vietnamese name, folded (as Catalogue's MakerCapacity).</summary>
    public static string KeyOf(PublishedProduct product) => CraftMatch.Fold(product.CategoryName.GetValueOrDefault("vi"));

    public static ProductFacts Facts(PublishedProduct product) => new(product.Id, KeyOf(product),
        [.. new[] { product.CategoryName, product.Technique, product.Material }
            .Select(words => CraftMatch.Fold(words.GetValueOrDefault("vi"))).Where(w => w.Length > 0).Distinct()],
        product.Makers, Math.Max(1, product.OrderMultiple));

    /// <summary>Each member's latest accepted share or commitment (Vietnam day). Reduced here: SQLite cannot take the maximum of a DateTimeOffset.</summary>
    private async Task<Dictionary<MemberId, DateOnly>> LastWorkAsync(CancellationToken ct)
    {
        var accepted = await db.Shares.AsNoTracking().Where(s => s.Status == ShareStatus.Accepted)
            .Select(s => new { s.MemberId, At = s.AnsweredAt ?? s.UpdatedAt }).ToListAsync(ct);
        var committed = await db.Commitments.AsNoTracking().Select(c => new { c.MemberId, At = c.CreatedAt }).ToListAsync(ct);
        var last = new Dictionary<MemberId, DateOnly>();
        foreach (var (member, at) in accepted.Select(a => (a.MemberId, a.At)).Concat(committed.Select(c => (c.MemberId, c.At))))
        {
            var day = VietnamCalendar.Today(at);
            if (!last.TryGetValue(member, out var known) || day > known) last[member] = day;
        }
        return last;
    }
}
