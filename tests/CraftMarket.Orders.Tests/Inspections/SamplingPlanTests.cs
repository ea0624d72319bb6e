using CraftMarket.Orders.Features.Inspections;
using CsCheck;

namespace CraftMarket.Orders.Tests.Inspections;

/// <summary>ISO 2859-1, general inspection level II, single sampling, normal inspection: points of Table I and Table II-A, arrows, properties.</summary>
public sealed class SamplingPlanTests
{
    [Theory]
    // lot, AQL, code letter, plan letter, table n, sample drawn, Ac, Re
    [InlineData(1_000, "2.5", 'J', 'J', 80, 80, 5, 6)]
    [InlineData(500, "4.0", 'H', 'H', 50, 50, 5, 6)]
    [InlineData(200, "2.5", 'G', 'G', 32, 32, 2, 3)]
    [InlineData(1_000, "1.0", 'J', 'J', 80, 80, 2, 3)]
    [InlineData(2_000, "1.5", 'K', 'K', 125, 125, 5, 6)]
    [InlineData(5_000, "6.5", 'L', 'L', 200, 200, 21, 22)]
    [InlineData(20_000, "0.65", 'M', 'M', 315, 315, 5, 6)]
    [InlineData(100_000, "2.5", 'N', 'N', 500, 500, 21, 22)]
    [InlineData(300_000, "1.0", 'P', 'P', 800, 800, 14, 15)]
    [InlineData(1_000_000, "0.65", 'Q', 'Q', 1_250, 1_250, 14, 15)]
    [InlineData(100, "6.5", 'F', 'F', 20, 20, 3, 4)]
    [InlineData(8, "6.5", 'A', 'A', 2, 2, 0, 1)]
    [InlineData(12, "4.0", 'B', 'B', 3, 3, 0, 1)]
    [InlineData(20, "2.5", 'C', 'C', 5, 5, 0, 1)]
    [InlineData(40, "1.5", 'D', 'D', 8, 8, 0, 1)]
    [InlineData(70, "1.0", 'E', 'E', 13, 13, 0, 1)]
    [InlineData(120, "0.65", 'F', 'F', 20, 20, 0, 1)]
    public void Table_points(int lot, string aql, char letter, char planLetter, int tableN, int sample, int ac, int re)
    {
        var plan = SamplingPlan.For(lot, aql);
        (plan.CodeLetter, plan.PlanLetter, plan.TableSampleSize, plan.SampleSize, plan.AcceptNumber, plan.RejectNumber)
            .ShouldBe((letter, planLetter, tableN, sample, ac, re));
    }

    [Theory]
    // ↓ arrows: the first plan below, with its sample size.
    [InlineData(200, "1.0", 'G', 'H', 50, 50, 1, 2)]       // G at 1.0 is an arrow down (the brief's "G n=32 Ac 1" is H's plan)
    [InlineData(10, "0.65", 'B', 'F', 20, 10, 0, 1)]       // n=20 ≥ lot 10: inspect all 10
    [InlineData(60, "2.5", 'E', 'F', 20, 20, 1, 2)]
    [InlineData(300, "0.65", 'H', 'J', 80, 80, 1, 2)]
    [InlineData(25, "6.5", 'C', 'D', 8, 8, 1, 2)]
    [InlineData(2, "0.65", 'A', 'F', 20, 2, 0, 1)]
    // ↑ arrows: the first plan above.
    [InlineData(50, "2.5", 'D', 'C', 5, 5, 0, 1)]
    [InlineData(200, "0.65", 'G', 'F', 20, 20, 0, 1)]
    [InlineData(15, "6.5", 'B', 'A', 2, 2, 0, 1)]
    [InlineData(20_000, "6.5", 'M', 'L', 200, 200, 21, 22)]
    [InlineData(1_000_000, "1.5", 'Q', 'P', 800, 800, 21, 22)]
    [InlineData(600_000, "4.0", 'Q', 'M', 315, 315, 21, 22)]
    public void Arrows_lead_to_the_first_plan_below_or_above_with_its_sample_size(int lot, string aql, char letter, char planLetter, int tableN,
        int sample, int ac, int re)
    {
        var plan = SamplingPlan.For(lot, aql);
        (plan.CodeLetter, plan.PlanLetter, plan.TableSampleSize, plan.SampleSize, plan.AcceptNumber, plan.RejectNumber)
            .ShouldBe((letter, planLetter, tableN, sample, ac, re));
        plan.IsFullInspection.ShouldBe(tableN >= lot);
    }

    [Theory]
    [InlineData(1, 'A')] [InlineData(2, 'A')] [InlineData(8, 'A')] [InlineData(9, 'B')] [InlineData(15, 'B')] [InlineData(16, 'C')]
    [InlineData(25, 'C')] [InlineData(26, 'D')] [InlineData(50, 'D')] [InlineData(51, 'E')] [InlineData(90, 'E')] [InlineData(91, 'F')]
    [InlineData(150, 'F')] [InlineData(151, 'G')] [InlineData(280, 'G')] [InlineData(281, 'H')] [InlineData(500, 'H')] [InlineData(501, 'J')]
    [InlineData(1_200, 'J')] [InlineData(1_201, 'K')] [InlineData(3_200, 'K')] [InlineData(3_201, 'L')] [InlineData(10_000, 'L')]
    [InlineData(10_001, 'M')] [InlineData(35_000, 'M')] [InlineData(35_001, 'N')] [InlineData(150_000, 'N')] [InlineData(150_001, 'P')]
    [InlineData(500_000, 'P')] [InlineData(500_001, 'Q')] [InlineData(5_000_000, 'Q')]
    public void Code_letters_follow_table_I_level_II(int lot, char letter) => SamplingPlan.For(lot, "2.5").CodeLetter.ShouldBe(letter);

    [Theory]
    [InlineData("2.5", "2.5")] [InlineData("2,5", "2.5")] [InlineData(" 2.50 ", "2.5")] [InlineData("1", "1.0")] [InlineData("4", "4.0")]
    [InlineData("0.65", "0.65")] [InlineData("0.4", null)] [InlineData("10", null)] [InlineData("", null)] [InlineData("abc", null)]
    public void AQLs_are_read_as_written_in_the_settings(string text, string? expected) => SamplingPlan.NormalizeAql(text).ShouldBe(expected);

    [Fact]
    public void An_AQL_the_table_does_not_offer_is_refused() =>
        Should.Throw<ArgumentException>(() => SamplingPlan.For(100, "0.40"));

    private static readonly Gen<(int Lot, string Aql)> Lots =
        Gen.Select(Gen.OneOf(Gen.Int[1, 1_300], Gen.Int[1, 600_000]), Gen.OneOf<string>([.. SamplingPlan.Aqls]));

    [Fact]
    public void The_sample_never_exceeds_the_lot_and_Ac_is_below_Re() =>
        Lots.Sample((lot, aql) =>
        {
            var plan = SamplingPlan.For(lot, aql);
            plan.SampleSize.ShouldBeInRange(1, lot);
            plan.AcceptNumber.ShouldBeGreaterThanOrEqualTo(0);
            plan.AcceptNumber.ShouldBeLessThan(plan.RejectNumber);
            plan.RejectNumber.ShouldBe(plan.AcceptNumber + 1);
            plan.SampleSize.ShouldBe(Math.Min(plan.TableSampleSize, lot));
            plan.Accepts(plan.AcceptNumber).ShouldBeTrue();
            plan.Accepts(plan.RejectNumber).ShouldBeFalse();
        });

    [Fact]
    public void A_larger_lot_never_draws_a_smaller_sample_and_a_looser_AQL_never_accepts_fewer() =>
        Lots.Sample((lot, aql) =>
        {
            var plan = SamplingPlan.For(lot, aql);
            SamplingPlan.For(lot + 1, aql).TableSampleSize.ShouldBeGreaterThanOrEqualTo(plan.TableSampleSize);
            var looser = SamplingPlan.Aqls.SkipWhile(a => a != plan.Aql).Skip(1).FirstOrDefault();
            if (looser is null) return;
            var other = SamplingPlan.For(lot, looser);
            // On the same sample, a looser AQL tolerates at least as many defective pieces.
            if (other.TableSampleSize == plan.TableSampleSize) other.AcceptNumber.ShouldBeGreaterThanOrEqualTo(plan.AcceptNumber);
        });
}
