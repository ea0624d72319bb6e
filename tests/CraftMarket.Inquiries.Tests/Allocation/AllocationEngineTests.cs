using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Allocation;
using CraftMarket.Inquiries.Features.Allocation.Engine;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Inquiries.Tests.Allocation;

/// <summary>The engine on small cases a person can check by hand.</summary>
public sealed class AllocationEngineTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    // 60 days from today through the due date, both included: twice the monthly capacity... less one day.
    private static readonly DateOnly Due = Today.AddDays(59);
    private static readonly ProductId Vase = new(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));

    private static Candidate Member(int n, int monthly, DateOnly? last = null, string[]? skills = null, bool active = true, bool eligible = true) =>
        new(new MemberId(new Guid(n, 0, 0, new byte[8])), $"Hộ {n}", active, eligible, skills ?? ["men ran"],
            new Dictionary<string, int> { ["binh hoa"] = monthly }, last);

    private static AllocationInput Input(int quantity, IReadOnlyList<Candidate> members, IReadOnlyList<MemberId>? makers = null, int multiple = 10,
        int cap = 4000, IReadOnlyList<CommittedWork>? committed = null, Guid? inquiry = null) =>
        new(new InquiryId(inquiry ?? Guid.Parse("00000000-0000-0000-0000-00000000beef")), Today, Due, cap,
            [new LineRequest(new InquiryLineId(Guid.Parse("00000000-0000-0000-0000-0000000000b1")), Vase, quantity, 0, new HashSet<MemberId>(), null)],
            members, [new ProductFacts(Vase, "binh hoa", ["binh hoa", "men ran", "gom sanh trang"], makers ?? [], multiple)], committed ?? []);

    [Fact]
    public void Capacity_is_scaled_to_the_window_and_commitments_in_it_count_pro_rata()
    {
        // 300 a month over 60 days = 600; a commitment of 300 over 120 days, 60 of them in the window: 150.
        var member = Member(1, 300);
        var input = Input(10_000, [member], committed: [new CommittedWork(member.Id, "binh hoa", Today.AddDays(-30), Today.AddDays(89), 300)]);
        var line = AllocationEngine.Propose(input).Lines.Single();
        line.Shares.Single().Quantity.ShouldBe(450);
        line.Uncovered.ShouldBe(10_000 - 450);
        line.Shares.Single().Reason.CapacityLeft.ShouldBe(450);
    }

    [Fact]
    public void Makers_come_first_then_never_worked_then_oldest_work_and_the_cap_holds_while_others_have_room()
    {
        var recent = Member(1, 3000, last: Today.AddDays(-3));
        var older = Member(2, 3000, last: Today.AddDays(-90));
        var never = Member(3, 3000);
        var maker = Member(4, 3000, last: Today.AddDays(-1), skills: []);
        var outsider = Member(5, 3000, skills: ["det lua"]);
        var line = AllocationEngine.Propose(Input(1000, [recent, older, never, maker, outsider], makers: [maker.Id])).Lines.Single();
        // Cap 40% of 1,000 = 400 each: the maker, then the never-worked, then the older; the recent one waits.
        line.Shares.Select(s => (s.MemberId, s.Quantity)).ShouldBe([(maker.Id, 400), (never.Id, 400), (older.Id, 200)]);
        line.Uncovered.ShouldBe(0);
        line.Shares[0].Reason.ShouldBe(new ShareReason(Route.Maker, 6000, Today.AddDays(-1), CapApplied: true, CapLifted: false));
        line.Shares[1].Reason.Route.ShouldBe(Route.SameCraft);
    }

    [Fact]
    public void The_cap_is_lifted_only_for_what_nobody_else_can_make()
    {
        var big = Member(1, 3000);
        var small = Member(2, 50);   // 100 in the window
        var line = AllocationEngine.Propose(Input(1000, [big, small])).Lines.Single();
        var bigShare = line.Shares.Single(s => s.MemberId == big.Id);
        bigShare.Quantity.ShouldBe(900);
        bigShare.Reason.CapLifted.ShouldBeTrue();
        line.Shares.Single(s => s.MemberId == small.Id).Quantity.ShouldBe(100);
        ShareReasons.English(ShareReasons.Encode(bigShare.Reason)).ShouldContain("share cap lifted");
        ShareReasons.Vietnamese(ShareReasons.Encode(bigShare.Reason)).ShouldContain("vượt trần");
    }

    [Fact]
    public void A_quantity_that_is_not_whole_cases_puts_its_remainder_in_one_share()
    {
        var line = AllocationEngine.Propose(Input(1005, [Member(1, 3000), Member(2, 3000), Member(3, 3000)])).Lines.Single();
        line.Shares.Sum(s => s.Quantity).ShouldBe(1005);
        line.Shares.Count(s => s.Quantity % 10 != 0).ShouldBe(1);
        line.Shares.ShouldAllBe(s => s.Quantity <= 400);
    }

    [Fact]
    public void Inactive_and_not_export_eligible_members_and_a_window_already_past_get_nothing()
    {
        var line = AllocationEngine.Propose(Input(100, [Member(1, 3000, active: false), Member(2, 3000, eligible: false)])).Lines.Single();
        line.Shares.ShouldBeEmpty();
        line.Uncovered.ShouldBe(100);
        var late = Input(100, [Member(3, 3000)]) with { DueOn = Today.AddDays(-1) };
        AllocationEngine.Propose(late).Lines.Single().Uncovered.ShouldBe(100);
    }

    [Fact]
    public void Ties_rotate_with_the_inquiry_so_the_same_household_is_not_always_last()
    {
        var members = Enumerable.Range(1, 4).Select(n => Member(n, 3000)).ToList();
        var lastOnes = new HashSet<MemberId>();
        for (var i = 0; i < 40; i++)
        {
            // Two cases for each of the first... the 4th in order gets nothing.
            var line = AllocationEngine.Propose(Input(30, members, multiple: 10, cap: 3400, inquiry: new Guid(i, 7, 7, new byte[8]))).Lines.Single();
            line.Shares.Count.ShouldBe(3);
            lastOnes.Add(members.Single(m => line.Shares.All(s => s.MemberId != m.Id)).Id);
        }
        lastOnes.Count.ShouldBe(4);
    }

    [Fact]
    public void Crafts_match_whole_words_of_the_category_technique_or_material_folded()
    {
        CraftMatch.Matches(["men ran"], ["binh hoa", "men ran"]).ShouldBeTrue();
        CraftMatch.Matches(["gom sanh"], ["gom sanh nau"]).ShouldBeTrue();
        CraftMatch.Matches(["bat"], ["bat trang"]).ShouldBeTrue();
        CraftMatch.Matches(["ba"], ["bat trang"]).ShouldBeFalse();
        CraftMatch.Matches(["lo gas"], ["khan lua", "det"]).ShouldBeFalse();
        CraftMatch.Fold("Men Rạn").ShouldBe("men ran");
    }
}
