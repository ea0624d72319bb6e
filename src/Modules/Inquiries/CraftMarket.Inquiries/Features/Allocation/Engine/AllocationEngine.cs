using CraftMarket.Members.Contracts;

namespace CraftMarket.Inquiries.Features.Allocation.Engine;

/// <summary>
/// Proposes, for each line in order, which members make how many (ADR 0047). Pure: no clock, no
/// database, no randomness. Per line:
/// <list type="number">
/// <item>Candidates: eligible members (active, export-eligible, certified for the product when the
/// buyer wants marked goods, not excluded from the line) that make the product (its makers) or share
/// its craft (<see cref="CraftMatch"/>).</item>
/// <item>Order: makers first, then the others; within each, never-worked members first, then the
/// oldest last work; ties by <see cref="Rotation"/> (a hash of inquiry and member), so the same
/// household is not always last.</item>
/// <item>Whole cases up to the share cap (the line's quantity × the cap, in whole cases, at least one
/// case), never above the capacity left (<see cref="CapacityBook"/>); then, only if cases are still
/// uncovered, the cap is lifted in the same order.</item>
/// <item>A remainder smaller than one case (the line's open quantity is not a multiple of the case)
/// goes to one member as part of a share: first a member already holding a share with room under
/// the cap, then a new member, then a holder above the cap; else it is uncovered.</item>
/// </list>
/// </summary>
internal static class AllocationEngine
{
    public static AllocationProposal Propose(AllocationInput input)
    {
        var book = new CapacityBook(input);
        var products = input.Products.ToDictionary(p => p.Id);
        var matches = new Dictionary<Catalogue.Contracts.ProductId, List<(Candidate Member, Route Route)>>();
        var lines = new List<LineProposal>(input.Lines.Count);
        foreach (var line in input.Lines)
        {
            var open = Math.Max(0, line.Quantity - line.Kept);
            if (open == 0 || book.WindowDays == 0 || !products.TryGetValue(line.ProductId, out var product))
            {
                lines.Add(new LineProposal(line.LineId, [], open));
                continue;
            }
            if (!matches.TryGetValue(product.Id, out var routed)) matches[product.Id] = routed = Routed(input, product);
            lines.Add(Line(input, line, product, routed, book, open));
        }
        return new AllocationProposal(lines);
    }

    private static List<(Candidate Member, Route Route)> Routed(AllocationInput input, ProductFacts product)
    {
        var makers = product.Makers.ToHashSet();
        var routed = new List<(Candidate, Route)>();
        // A village has a few dozen distinct crafts among a thousand households: match each once per product.
        var matching = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var c in input.Candidates)
        {
            if (!c.Active || !c.ExportEligible) continue;
            if (makers.Contains(c.Id)) routed.Add((c, Route.Maker));
            else if (c.Skills.Any(skill => matching.TryGetValue(skill, out var known) ? known : matching[skill] = CraftMatch.Matches([skill], product.CraftWords)))
                routed.Add((c, Route.SameCraft));
        }
        return [.. routed
            .OrderBy(r => r.Item2)
            .ThenBy(r => r.Item1.LastWork.HasValue)
            .ThenBy(r => r.Item1.LastWork ?? DateOnly.MinValue)
            .ThenBy(r => Rotation.Of(input.InquiryId, r.Item1.Id))
            .ThenBy(r => r.Item1.Id.Value)];
    }

    private static LineProposal Line(AllocationInput input, LineRequest line, ProductFacts product,
        List<(Candidate Member, Route Route)> routed, CapacityBook book, int open)
    {
        var ledger = book.For(product.CapacityKey);
        var caseSize = Math.Max(1, product.OrderMultiple);
        var capCases = Math.Max(1, (int)((long)line.Quantity * input.ShareCapBasisPoints / 10_000 / caseSize));
        var order = routed.Where(r => !line.Excluded.Contains(r.Member.Id) && (line.MarkHolders is null || line.MarkHolders.Contains(r.Member.Id))).ToList();
        var shares = new Dictionary<MemberId, Draft>();
        var cases = open / caseSize;
        var remainder = open % caseSize;

        // Pass 1: whole cases, nobody above the cap.
        foreach (var (member, route) in order)
        {
            if (cases == 0) break;
            var left = ledger.Left(member);
            var room = left / caseSize;
            var take = Math.Min(cases, Math.Min(room, capCases));
            if (take <= 0) continue;
            var draft = Give(shares, member, route, left, take * caseSize, ledger);
            if (take == capCases && room > capCases && cases > capCases) draft.CapApplied = true;
            cases -= take;
        }
        // Pass 2: cases nobody could take under the cap: lift it, same order.
        foreach (var (member, route) in order)
        {
            if (cases == 0) break;
            var left = ledger.Left(member);
            var take = Math.Min(cases, left / caseSize);
            if (take <= 0) continue;
            var draft = Give(shares, member, route, left, take * caseSize, ledger);
            draft.CapLifted = true;
            cases -= take;
        }
        var uncovered = cases * caseSize;
        if (remainder > 0 && !PlaceRemainder(order, shares, remainder, capCases * caseSize, ledger)) uncovered += remainder;

        var proposed = shares.Values.OrderBy(d => d.Position)
            .Select(d => new ProposedShare(d.Member.Id, d.Member.Name, d.Quantity,
                new ShareReason(d.Route, d.CapacityLeft, d.Member.LastWork, d.CapApplied && !d.CapLifted, d.CapLifted)))
            .ToList();
        return new LineProposal(line.LineId, proposed, uncovered);
    }

    private static bool PlaceRemainder(List<(Candidate Member, Route Route)> order, Dictionary<MemberId, Draft> shares,
        int remainder, int capQuantity, CapacityBook.Ledger ledger)
    {
        // A holder under the cap (no extra household for a handful of pieces), a new member, then a holder above the cap.
        foreach (var (member, route) in order)
            if (shares.TryGetValue(member.Id, out var held) && held.Quantity + remainder <= capQuantity && ledger.Left(member) >= remainder)
            {
                Give(shares, member, route, ledger.Left(member), remainder, ledger);
                return true;
            }
        foreach (var (member, route) in order)
            if (!shares.ContainsKey(member.Id) && ledger.Left(member) >= remainder)
            {
                Give(shares, member, route, ledger.Left(member), remainder, ledger);
                return true;
            }
        foreach (var (member, route) in order)
            if (shares.ContainsKey(member.Id) && ledger.Left(member) >= remainder)
            {
                Give(shares, member, route, ledger.Left(member), remainder, ledger).CapLifted = true;
                return true;
            }
        return false;
    }

    private static Draft Give(Dictionary<MemberId, Draft> shares, Candidate member, Route route, int left, int quantity, CapacityBook.Ledger ledger)
    {
        if (!shares.TryGetValue(member.Id, out var draft))
            shares[member.Id] = draft = new Draft(member, route, left, shares.Count);
        draft.Quantity += quantity;
        ledger.Take(member, quantity);
        return draft;
    }

    private sealed class Draft(Candidate member, Route route, int capacityLeft, int position)
    {
        public Candidate Member { get; } = member;
        public Route Route { get; } = route;
        public int CapacityLeft { get; } = capacityLeft;
        public int Position { get; } = position;
        public int Quantity { get; set; }
        public bool CapApplied { get; set; }
        public bool CapLifted { get; set; }
    }
}
