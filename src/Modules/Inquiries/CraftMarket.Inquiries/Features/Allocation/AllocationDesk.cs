using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Features.Allocation.Engine;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Allocation;

/// <summary>What the desk page shows besides the API's answer: capacity left per member and line, and the members it may add.</summary>
internal sealed record AllocationPage(AllocationDto Allocation, IReadOnlyDictionary<(Guid Line, MemberId Member), int> CapacityLeft,
    IReadOnlyList<ProductionProfile> ActiveMembers, IReadOnlyDictionary<Catalogue.Contracts.ProductId, string> ProductNames,
    IReadOnlyDictionary<Guid, string> ReasonCodes);

/// <summary>
/// The export desk's allocation of one inquiry: propose (the engine replaces the proposed shares and
/// fills what offered, accepted and countered ones leave), read, edit, and re-allocate what
/// households declined or gave back. Every change moves a new inquiry to Allocating and bumps its
/// revision, so two desk members working at once get a 409 rather than overwrite each other.
/// </summary>
internal sealed class AllocationDesk(InquiriesDb db, CapacityRead capacity, TradeSettingsStore settings, TimeProvider clock)
{
    public Task<Result<AllocationDto>> Propose(InquiryId id, CancellationToken ct) => Run(id, replaceProposed: true, ct);

    public Task<Result<AllocationDto>> Reallocate(InquiryId id, CancellationToken ct) => Run(id, replaceProposed: false, ct);

    public async Task<Result<AllocationDto>> Get(InquiryId id, CancellationToken ct)
    {
        if (await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return Error.NotFound("inquiry");
        var shares = await SharesOf(id, ct);
        var facts = await capacity.ReadAsync(inquiry, [], VietnamCalendar.Today(clock.GetUtcNow()), ct);
        return View(inquiry, shares, facts, []);
    }

    public async Task<Result<AllocationPage>> Page(InquiryId id, CancellationToken ct)
    {
        if (await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return Error.NotFound("inquiry");
        var shares = await SharesOf(id, ct);
        var today = VietnamCalendar.Today(clock.GetUtcNow());
        var facts = await capacity.ReadAsync(inquiry, shares.Where(s => s.IsLive), today, ct);
        var view = View(inquiry, shares, facts, []);
        var book = new CapacityBook(new AllocationInput(inquiry.Id, today, CapacityRead.DueOn(inquiry), 10_000, [], facts.Candidates, facts.ProductFacts, facts.Committed));
        var byId = facts.Candidates.ToDictionary(c => c.Id);
        var left = new Dictionary<(Guid, MemberId), int>();
        foreach (var line in inquiry.Lines)
        {
            if (!facts.Products.TryGetValue(line.ProductId, out var product)) continue;
            var key = CapacityRead.KeyOf(product);
            foreach (var share in shares.Where(s => s.LineId == line.Id))
                if (byId.TryGetValue(share.MemberId, out var member)) left[(line.Id.Value, share.MemberId)] = book.Left(member, key);
        }
        var names = facts.Products.ToDictionary(p => p.Key, p => p.Value.Name.GetValueOrDefault("vi") ?? p.Value.Name.Values.FirstOrDefault() ?? "");
        return new AllocationPage(view, left, [.. facts.Profiles.Where(p => p.Status == MemberStatus.Active).OrderBy(p => p.DisplayName, StringComparer.Ordinal)], names,
            shares.ToDictionary(s => s.Id.Value, s => s.Reason));
    }

    private async Task<Result<AllocationDto>> Run(InquiryId id, bool replaceProposed, CancellationToken ct)
    {
        if (await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return Error.NotFound("inquiry");
        if (!inquiry.IsOpen) return Closed(inquiry);
        var now = clock.GetUtcNow();
        var today = VietnamCalendar.Today(now);
        var shares = await db.Shares.Where(s => s.InquiryId == id).ToListAsync(ct);
        if (replaceProposed)
        {
            foreach (var proposed in shares.Where(s => s.Status == ShareStatus.Proposed)) db.Shares.Remove(proposed);
            shares.RemoveAll(s => s.Status == ShareStatus.Proposed);
        }
        var kept = shares.Where(s => s.IsLive).ToList();
        var facts = await capacity.ReadAsync(inquiry, kept, today, ct);
        var cap = (await settings.GetAsync(ct)).ShareCapBasisPoints;
        var due = CapacityRead.DueOn(inquiry);

        var lines = inquiry.Lines.OrderBy(l => l.Position).Select(l =>
        {
            var mine = shares.Where(s => s.LineId == l.Id).ToList();
            // Propose: decliners and members already holding a kept share are not asked again.
            // Re-allocate: "among other members": anyone who ever had a share of this line is left out.
            var excluded = mine.Where(s => !replaceProposed || s.Status == ShareStatus.Declined || s.IsLive).Select(s => s.MemberId).ToHashSet();
            return new LineRequest(l.Id, l.ProductId, l.Quantity, mine.Sum(s => s.Coverage), excluded,
                facts.MarkHolders is { } holders ? holders.GetValueOrDefault(l.ProductId) ?? new HashSet<MemberId>() : null);
        }).ToList();
        var proposal = AllocationEngine.Propose(new AllocationInput(inquiry.Id, today, due, cap, lines, facts.Candidates, facts.ProductFacts, facts.Committed));

        foreach (var line in proposal.Lines)
        {
            var productId = inquiry.Lines.First(l => l.Id == line.LineId).ProductId;
            foreach (var share in line.Shares)
            {
                var added = new Share(inquiry.TenantId, inquiry.Id, line.LineId, productId, share.MemberId, share.Quantity,
                    ShareReasons.Encode(share.Reason), due, now);
                db.Shares.Add(added);
                shares.Add(added);
            }
        }
        MarkAllocating(inquiry, now);
        if (await SaveAsync(ct) is { } conflict) return conflict;
        return View(inquiry, shares, facts, []);
    }

    public async Task<Result<AllocationDto>> Edit(InquiryId id, AllocationEdit edit, CancellationToken ct)
    {
        if (await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return Error.NotFound("inquiry");
        if (!inquiry.IsOpen) return Closed(inquiry);
        var now = clock.GetUtcNow();
        var today = VietnamCalendar.Today(now);
        var shares = await db.Shares.Where(s => s.InquiryId == id).ToListAsync(ct);
        var facts = await capacity.ReadAsync(inquiry, [], today, ct);
        var checkedEdit = AllocationEditRules.Check(inquiry, edit, facts, shares, today);
        if (checkedEdit.IsFailure) return checkedEdit.Error!;
        var due = CapacityRead.DueOn(inquiry);

        foreach (var (line, wanted) in checkedEdit.Value!.Lines)
        {
            var live = shares.Where(s => s.LineId == line.Id && s.IsLive).ToList();
            foreach (var share in live.Where(s => !wanted.Any(w => w.MemberId == s.MemberId)))
                Drop(share, now);
            foreach (var w in wanted)
            {
                var dueOn = w.DueOn ?? due;
                var existing = live.FirstOrDefault(s => s.MemberId == w.MemberId);
                if (existing is not null && existing.Quantity == w.Quantity && existing.DueOn == dueOn) continue;
                if (existing is { Status: ShareStatus.Proposed })
                {
                    existing.Quantity = w.Quantity;
                    existing.DueOn = dueOn;
                    existing.Reason = ShareReasons.Desk;
                    existing.UpdatedAt = now;
                    continue;
                }
                // An offered or answered share changes only by a new proposal: the household is asked again.
                if (existing is not null) Drop(existing, now);
                var added = new Share(inquiry.TenantId, inquiry.Id, line.Id, line.ProductId, w.MemberId, w.Quantity, ShareReasons.Desk, dueOn, now);
                db.Shares.Add(added);
                shares.Add(added);
            }
        }
        MarkAllocating(inquiry, now);
        if (await SaveAsync(ct) is { } conflict) return conflict;
        var after = shares.Where(s => db.Entry(s).State != EntityState.Detached).ToList();
        var fresh = await capacity.ReadAsync(inquiry, [], today, ct);
        return View(inquiry, after, fresh, AllocationEditRules.Warnings(inquiry, after, fresh, today));
    }

    private void Drop(Share share, DateTimeOffset now)
    {
        if (share.Status == ShareStatus.Proposed)
        {
            db.Shares.Remove(share);
            return;
        }
        share.Status = ShareStatus.Withdrawn;
        share.UpdatedAt = now;
        share.Revision++;
    }

    private void MarkAllocating(Inquiry inquiry, DateTimeOffset now)
    {
        inquiry.Touch(now);
        if (inquiry.Status != InquiryStatus.New) return;
        inquiry.Status = InquiryStatus.Allocating;
        db.Changed(inquiry, InquiryChange.StatusChanged, clock);
    }

    private async Task<Error?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("inquiry_changed", "Someone else changed this inquiry's allocation at the same time. Reload it and try again.");
        }
    }

    private static Error Closed(Inquiry inquiry) =>
        Error.Conflict("inquiry_closed", $"The inquiry is {inquiry.Status.ToString().ToLowerInvariant()}: its allocation can no longer change.");

    private async Task<List<Share>> SharesOf(InquiryId id, CancellationToken ct) =>
        await db.Shares.AsNoTracking().Where(s => s.InquiryId == id).ToListAsync(ct);

    private static AllocationDto View(Inquiry inquiry, IReadOnlyList<Share> shares, CapacityFacts facts, IReadOnlyList<AllocationWarning> warnings)
    {
        var names = facts.Profiles.ToDictionary(p => p.Id, p => p.DisplayName);
        AllocationShareDto Dto(Share s) => new(s.Id.Value, s.MemberId, names.GetValueOrDefault(s.MemberId) ?? "", s.Quantity,
            ShareReasons.English(s.Reason), s.Status, s.DueOn, s.CounterQuantity, s.CounterDueOn);
        var lines = inquiry.Lines.OrderBy(l => l.Position).Select(l =>
        {
            var mine = shares.Where(s => s.LineId == l.Id).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id.Value).ToList();
            var live = mine.Where(s => s.IsLive).ToList();
            var multiple = facts.Products.TryGetValue(l.ProductId, out var p) ? Math.Max(1, p.OrderMultiple) : 1;
            return new AllocationLineDto(l.Id.Value, l.ProductId, l.Quantity, multiple, [.. live.Select(Dto)],
                Math.Max(0, l.Quantity - live.Sum(s => s.Coverage)), [.. mine.Where(s => !s.IsLive).Select(Dto)]);
        }).ToList();
        return new AllocationDto(inquiry.Id.Value, inquiry.Number, inquiry.Status, CapacityRead.DueOn(inquiry), lines, warnings);
    }

    /// <summary>Export desk work: the association's admin or export desk (the inspector only reads nothing here).</summary>
    public static bool MayAllocate(CurrentActor actor) => actor.IsExportDesk || actor.IsAssociationAdmin;
}
