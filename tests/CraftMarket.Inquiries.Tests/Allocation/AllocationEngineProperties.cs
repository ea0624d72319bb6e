using CraftMarket.Inquiries.Features.Allocation.Engine;
using CraftMarket.Members.Contracts;
using CsCheck;

namespace CraftMarket.Inquiries.Tests.Allocation;

/// <summary>The engine's promises, over random associations (<see cref="AllocationWorlds"/>).</summary>
public sealed class AllocationEngineProperties
{
    private const long Iterations = 400;

    [Fact]
    public void No_member_is_ever_given_more_than_its_capacity_left_in_the_window() =>
        AllocationWorlds.Inputs.Sample(input =>
        {
            var proposal = AllocationEngine.Propose(input);
            var book = new CapacityBook(input);
            var products = input.Products.ToDictionary(p => p.Id);
            var given = new Dictionary<(MemberId, string), int>();
            foreach (var (line, request) in proposal.Lines.Zip(input.Lines))
                foreach (var share in line.Shares)
                {
                    var key = products[request.ProductId].CapacityKey;
                    given[(share.MemberId, key)] = given.GetValueOrDefault((share.MemberId, key)) + share.Quantity;
                }
            var candidates = input.Candidates.ToDictionary(c => c.Id);
            foreach (var ((member, key), quantity) in given)
                quantity.ShouldBeLessThanOrEqualTo(book.Left(candidates[member], key));
        }, iter: Iterations);

    [Fact]
    public void Kept_plus_shares_plus_uncovered_is_the_line_quantity_and_every_share_is_positive() =>
        AllocationWorlds.Inputs.Sample(input =>
        {
            var proposal = AllocationEngine.Propose(input);
            proposal.Lines.Count.ShouldBe(input.Lines.Count);
            foreach (var (line, request) in proposal.Lines.Zip(input.Lines))
            {
                line.LineId.ShouldBe(request.LineId);
                line.Shares.ShouldAllBe(s => s.Quantity > 0);
                line.Uncovered.ShouldBeGreaterThanOrEqualTo(0);
                (request.Kept + line.Shares.Sum(s => s.Quantity) + line.Uncovered).ShouldBe(request.Quantity);
                line.Shares.Select(s => s.MemberId).Distinct().Count().ShouldBe(line.Shares.Count);
            }
        }, iter: Iterations);

    [Fact]
    public void Shares_are_whole_cases_except_one_remainder_when_the_open_quantity_is_not_a_multiple() =>
        AllocationWorlds.Inputs.Sample(input =>
        {
            var products = input.Products.ToDictionary(p => p.Id);
            foreach (var (line, request) in AllocationEngine.Propose(input).Lines.Zip(input.Lines))
            {
                var multiple = products[request.ProductId].OrderMultiple;
                var remainder = (request.Quantity - request.Kept) % multiple;
                var odd = line.Shares.Where(s => s.Quantity % multiple != 0).ToList();
                odd.Count.ShouldBeLessThanOrEqualTo(remainder == 0 ? 0 : 1);
                odd.ShouldAllBe(s => s.Quantity % multiple == remainder);
            }
        }, iter: Iterations);

    [Fact]
    public void The_same_input_gives_the_same_proposal() =>
        AllocationWorlds.Inputs.Sample(input =>
        {
            var first = AllocationEngine.Propose(input);
            // The same facts in another order (as another database might list them) change nothing either.
            var reordered = input with { Candidates = [.. input.Candidates.AsEnumerable().Reverse()], Committed = [.. input.Committed.AsEnumerable().Reverse()] };
            foreach (var again in new[] { AllocationEngine.Propose(input), AllocationEngine.Propose(reordered) })
                foreach (var (a, b) in first.Lines.Zip(again.Lines))
                {
                    a.Uncovered.ShouldBe(b.Uncovered);
                    a.Shares.ShouldBe(b.Shares);
                }
        }, iter: Iterations);

    [Fact]
    public void Only_eligible_members_making_the_product_or_sharing_its_craft_are_chosen() =>
        AllocationWorlds.Inputs.Sample(input =>
        {
            var candidates = input.Candidates.ToDictionary(c => c.Id);
            var products = input.Products.ToDictionary(p => p.Id);
            foreach (var (line, request) in AllocationEngine.Propose(input).Lines.Zip(input.Lines))
                foreach (var share in line.Shares)
                {
                    var member = candidates[share.MemberId];
                    var product = products[request.ProductId];
                    member.Active.ShouldBeTrue();
                    member.ExportEligible.ShouldBeTrue();
                    request.Excluded.ShouldNotContain(member.Id);
                    if (request.MarkHolders is { } holders) holders.ShouldContain(member.Id);
                    (product.Makers.Contains(member.Id) || CraftMatch.Matches(member.Skills, product.CraftWords)).ShouldBeTrue();
                    share.Reason.Route.ShouldBe(product.Makers.Contains(member.Id) ? Route.Maker : Route.SameCraft);
                }
        }, iter: Iterations);

    /// <summary>
    /// The cap: if a member's share of a line is above the cap (the line's quantity × the cap, in whole
    /// cases, at least one case), then every other member who could make the line was full: its share
    /// was within one case of the cap, or it had less than one case of capacity left beside its share.
    /// </summary>
    [Fact]
    public void A_member_goes_above_the_share_cap_only_when_no_other_member_had_room() =>
        AllocationWorlds.Inputs.Sample(input => Replay(input, (request, line, routed, before, multiple) =>
        {
            var capQuantity = Math.Max(1, (int)((long)request.Quantity * input.ShareCapBasisPoints / 10_000 / multiple)) * multiple;
            foreach (var over in line.Shares.Where(s => s.Quantity > capQuantity))
            {
                over.Reason.CapLifted.ShouldBeTrue();
                foreach (var other in routed.Where(c => c.Id != over.MemberId))
                {
                    var share = line.Shares.FirstOrDefault(s => s.MemberId == other.Id)?.Quantity ?? 0;
                    (share + multiple > capQuantity || before[other.Id] - share < multiple)
                        .ShouldBeTrue($"{other.Name} had room under the cap while {over.MemberName} went above it");
                }
            }
        }), iter: Iterations);

    /// <summary>
    /// Fairness, exactly: take two members who could both make a line, A ahead of B (A is one of the
    /// product's makers and B is not, or both are the same kind and A's last work is older than B's,
    /// never having worked counting as oldest). If B got a share of the line and A got none, A had
    /// less than one case of capacity left when the line was shared out.
    /// </summary>
    [Fact]
    public void A_member_with_older_last_work_is_not_passed_over_for_one_with_newer_work() =>
        AllocationWorlds.Inputs.Sample(input => Replay(input, (request, line, routed, before, multiple) =>
        {
            var makers = input.Products.First(p => p.Id == request.ProductId).Makers.ToHashSet();
            var holders = line.Shares.Select(s => s.MemberId).ToHashSet();
            foreach (var a in routed.Where(c => !holders.Contains(c.Id)))
                foreach (var b in routed.Where(c => holders.Contains(c.Id)))
                {
                    var (routeA, routeB) = (makers.Contains(a.Id) ? 0 : 1, makers.Contains(b.Id) ? 0 : 1);
                    var ahead = routeA < routeB || (routeA == routeB && Older(a.LastWork, b.LastWork));
                    if (ahead) before[a.Id].ShouldBeLessThan(multiple, $"{a.Name} (last work {a.LastWork}) was passed over for {b.Name} (last work {b.LastWork})");
                }
        }), iter: Iterations);

    private static bool Older(DateOnly? a, DateOnly? b) => (a, b) switch
    {
        (null, not null) => true,
        ({ } x, { } y) => x < y,
        _ => false,
    };

    private delegate void LineCheck(LineRequest request, LineProposal line, IReadOnlyList<Candidate> routed,
        IReadOnlyDictionary<MemberId, int> leftBefore, int multiple);

    /// <summary>Replays the proposal line by line with a fresh capacity book, so each check sees the capacity left before its line.</summary>
    private static void Replay(AllocationInput input, LineCheck check)
    {
        var proposal = AllocationEngine.Propose(input);
        var book = new CapacityBook(input);
        var products = input.Products.ToDictionary(p => p.Id);
        var candidates = input.Candidates.ToDictionary(c => c.Id);
        foreach (var (line, request) in proposal.Lines.Zip(input.Lines))
        {
            var product = products[request.ProductId];
            if (book.WindowDays > 0 && request.Quantity > request.Kept)
            {
                var routed = input.Candidates.Where(c => c.Active && c.ExportEligible && !request.Excluded.Contains(c.Id)
                    && (request.MarkHolders is null || request.MarkHolders.Contains(c.Id))
                    && (product.Makers.Contains(c.Id) || CraftMatch.Matches(c.Skills, product.CraftWords))).ToList();
                check(request, line, routed, routed.ToDictionary(c => c.Id, c => book.Left(c, product.CapacityKey)), product.OrderMultiple);
            }
            foreach (var share in line.Shares) book.Take(candidates[share.MemberId], product.CapacityKey, share.Quantity);
        }
    }
}
