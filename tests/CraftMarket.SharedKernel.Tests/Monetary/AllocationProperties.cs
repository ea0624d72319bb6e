using CraftMarket.SharedKernel.Monetary;
using CsCheck;

namespace CraftMarket.SharedKernel.Tests.Monetary;

public sealed class AllocationProperties
{
    [Fact]
    public void Parts_always_sum_to_the_whole_in_its_currency() =>
        Gen.Select(Generators.Money, Generators.Weights).Sample((money, weights) =>
        {
            var parts = money.Allocate(weights);
            parts.Count.ShouldBe(weights.Length);
            parts.ShouldAllBe(p => p.Currency == money.Currency);
            parts.Aggregate(Money.Zero(money.Currency), (sum, p) => sum + p).ShouldBe(money);
        });

    [Fact]
    public void No_part_is_negative_when_the_whole_is_not() =>
        Gen.Select(Generators.NonNegativeMoney, Generators.Weights).Sample((money, weights) =>
            money.Allocate(weights).ShouldAllBe(p => !p.IsNegative));

    [Fact]
    public void Each_part_is_within_one_minor_unit_of_its_exact_share() =>
        Gen.Select(Generators.Money, Generators.Weights).Sample((money, weights) =>
        {
            var parts = money.Allocate(weights);
            Int128 total = weights.Sum();
            for (var i = 0; i < weights.Length; i++)
            {
                // |part × total − amount × weight| < total  ⇔  |part − exact share| < 1 unit
                var gap = Int128.Abs((Int128)parts[i].MinorUnits * total - (Int128)money.MinorUnits * weights[i]);
                (gap < total).ShouldBeTrue($"part {i} = {parts[i]} strays a unit or more from its share");
                if (weights[i] == 0) parts[i].IsZero.ShouldBeTrue();
            }
        });

    [Fact]
    public void The_same_split_comes_out_every_time() =>
        Gen.Select(Generators.Money, Generators.Weights).Sample((money, weights) =>
            money.Allocate(weights).ShouldBe(money.Allocate([.. weights])));

    [Fact]
    public void Percent_split_sums_to_the_total_and_stays_within_a_unit() =>
        Gen.Select(Generators.NonNegativeMoney, Gen.Int[0, Money.WholeInBasisPoints]).Sample((money, bp) =>
        {
            var (part, remainder) = money.SplitPercent(bp);
            (part + remainder).ShouldBe(money);
            var gap = Int128.Abs((Int128)part.MinorUnits * Money.WholeInBasisPoints - (Int128)money.MinorUnits * bp);
            (gap < Money.WholeInBasisPoints).ShouldBeTrue();
        });

    [Fact]
    public void Odd_units_go_to_the_largest_remainders_then_to_the_earlier_part()
    {
        var vnd = new Money(100, Currency.VND);
        vnd.Allocate([1, 1, 1]).Select(p => p.MinorUnits).ShouldBe([34, 33, 33]);
        vnd.Allocate(3).Select(p => p.MinorUnits).ShouldBe([34, 33, 33]);
        new Money(10, Currency.VND).Allocate([1, 2, 3]).Select(p => p.MinorUnits).ShouldBe([2, 3, 5]);   // 1.67, 3.33, 5 → 1+1, 3, 5
        new Money(-100, Currency.VND).Allocate([1, 1, 1]).Select(p => p.MinorUnits).ShouldBe([-34, -33, -33]);
        new Money(5, Currency.VND).Allocate([0, 1, 0]).Select(p => p.MinorUnits).ShouldBe([0, 5, 0]);
    }

    [Fact]
    public void A_thirty_percent_deposit_leaves_the_odd_unit_on_the_balance()
    {
        var (deposit, balance) = Money.Of(1_000_001, Currency.VND).SplitPercent(3_000);
        deposit.ShouldBe(Money.Of(300_000, Currency.VND));
        balance.ShouldBe(Money.Of(700_001, Currency.VND));

        var (usdDeposit, usdBalance) = new Money(1_001, Currency.USD).SplitPercent(3_000);   // US$10.01: 3.003 / 7.007
        usdDeposit.ShouldBe(new Money(300, Currency.USD));
        usdBalance.ShouldBe(new Money(701, Currency.USD));
    }

    [Fact]
    public void Impossible_splits_are_refused()
    {
        var vnd = Money.Of(10, Currency.VND);
        Should.Throw<ArgumentException>(() => vnd.Allocate(Array.Empty<long>()));
        Should.Throw<ArgumentException>(() => vnd.Allocate([0, 0]));
        Should.Throw<ArgumentException>(() => vnd.Allocate([3, -1]));
        Should.Throw<ArgumentOutOfRangeException>(() => vnd.Allocate(0));
        Should.Throw<ArgumentOutOfRangeException>(() => vnd.SplitPercent(10_001));
    }
}
