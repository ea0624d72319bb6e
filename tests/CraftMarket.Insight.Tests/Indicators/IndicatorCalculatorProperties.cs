using CraftMarket.Insight.Features.Indicators;
using CsCheck;
using static CraftMarket.Insight.Tests.Indicators.Facts;

namespace CraftMarket.Insight.Tests.Indicators;

/// <summary>What must hold for any facts: the fairness figures' range and invariances, membership adding up, months adding up to the period.</summary>
public sealed class IndicatorCalculatorProperties
{
    /// <summary>1 to 60 members' work value in đồng, up to a billion each, at least one above zero.</summary>
    private static readonly Gen<long[]> Values = Gen.Long[0, 1_000_000_000].Array[1, 60].Where(v => v.Any(x => x > 0));

    [Fact]
    public void Gini_lies_in_zero_to_one_excluded_and_is_below_n_minus_one_over_n() =>
        Values.Sample(values =>
        {
            var gini = IndicatorCalculator.Gini(values)!.Value;
            gini.ShouldBeGreaterThanOrEqualTo(0m);
            gini.ShouldBeLessThan(1m);
            gini.ShouldBeLessThanOrEqualTo(Math.Round((values.Length - 1m) / values.Length, IndicatorCalculator.RatioDigits, MidpointRounding.AwayFromZero));
        });

    [Fact]
    public void Gini_and_top5_share_do_not_change_when_every_value_is_scaled() =>
        Gen.Select(Values, Gen.Long[2, 1_000]).Sample((values, k) =>
        {
            var scaled = values.Select(v => v * k).ToArray();
            IndicatorCalculator.Gini(scaled).ShouldBe(IndicatorCalculator.Gini(values));
            IndicatorCalculator.TopShare(scaled).ShouldBe(IndicatorCalculator.TopShare(values));
        });

    [Fact]
    public void Gini_and_top5_share_do_not_depend_on_the_order_of_members() =>
        Gen.Select(Values, Gen.Int).Sample((values, seed) =>
        {
            var shuffled = values.ToArray();
            new Random(seed).Shuffle(shuffled);
            IndicatorCalculator.Gini(shuffled).ShouldBe(IndicatorCalculator.Gini(values));
            IndicatorCalculator.TopShare(shuffled).ShouldBe(IndicatorCalculator.TopShare(values));
        });

    [Fact]
    public void Equal_shares_give_zero_and_top5_holds_everything_for_five_or_fewer() =>
        Gen.Select(Gen.Long[1, 1_000_000_000], Gen.Int[1, 60]).Sample((value, n) =>
        {
            var equal = Enumerable.Repeat(value, n).ToArray();
            IndicatorCalculator.Gini(equal).ShouldBe(0m);
            IndicatorCalculator.TopShare(equal).ShouldBe(n <= 5 ? 1m : IndicatorCalculator.Ratio(5, n));
        });

    [Fact]
    public void Top5_share_is_at_least_five_over_n_and_at_most_one() =>
        Values.Sample(values =>
        {
            var share = IndicatorCalculator.TopShare(values)!.Value;
            share.ShouldBeLessThanOrEqualTo(1m);
            share.ShouldBeGreaterThanOrEqualTo(IndicatorCalculator.Ratio(Math.Min(5, values.Length), values.Length)!.Value - 0.0001m);
        });

    private static readonly Gen<MemberRow> Members =
        Gen.Select(Gen.Int[1, 10_000], Gen.Int[0, 200], Gen.Int[-1, 200])
            .Select((n, joinedDay, leftAfter) =>
            {
                var joined = At(1, 1, year: 2025).AddDays(joinedDay).AddHours(n % 24);
                return Member(n, joined, leftAfter < 0 ? null : joined.AddDays(leftAfter - 20));
            });

    [Fact]
    public void Members_at_the_start_plus_joined_minus_left_are_the_members_at_the_end() =>
        Gen.Select(Members.Array[0, 40], Gen.Int[0, 150], Gen.Int[0, 90]).Sample((members, startDay, days) =>
        {
            var from = Day(1, 1).AddDays(startDay);
            var m = IndicatorCalculator.Membership(members, new Period(from, from.AddDays(days)));
            (m.AtStart + m.Joined - m.Left).ShouldBe(m.AtEnd);
        });

    [Fact]
    public void The_months_add_up_to_the_period() =>
        Gen.Select(Gen.Int[0, 400].Array[0, 60], Gen.Int[0, 300], Gen.Int[0, 200]).Sample((offsets, startDay, days) =>
        {
            var from = Day(1, 1).AddDays(startDay);
            var period = new Period(from, from.AddDays(days));
            var facts = new FactSnapshot
            {
                Inquiries = offsets.Select(o => Inquiry(At(1, 1).AddHours(o * 23))).ToList(),
                Work = offsets.Select((o, i) => Work(i, At(1, 1).AddHours(o * 17), 1_000 + o)).ToList(),
            };
            var months = IndicatorCalculator.Months(facts, period);
            var set = IndicatorCalculator.For(facts, period, Day(1, 1), null);
            months.Sum(p => p.Inquiries).ShouldBe(set.Leads.Inquiries);
            months.Sum(p => p.WorkValueVnd).ShouldBe(set.Fairness.WorkVnd.MinorUnits);
            (months[0].Year, months[0].Month).ShouldBe((from.Year, from.Month));
            (months[^1].Year, months[^1].Month).ShouldBe((period.To.Year, period.To.Month));
        });
}
