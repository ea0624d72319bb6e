using CraftMarket.Inquiries.Features.Quotes;
using CraftMarket.SharedKernel.Monetary;
using CsCheck;

namespace CraftMarket.Inquiries.Tests.Quotes;

/// <summary>The quote's arithmetic, for any lines, prices, deposits and rates: nothing lost, nothing made up.</summary>
public sealed class QuoteMathsTests
{
    private static readonly Currency[] Contract = [Currency.USD, Currency.EUR, Currency.JPY, Currency.VND];

    private static readonly Gen<(Currency Currency, PricedLine[] Lines, int Deposit, decimal PerUnit)> Quotes =
        from currency in Gen.Int[0, Contract.Length - 1].Select(i => Contract[i])
        from lines in Gen.Select(Gen.Long[1, 50_000_000], Gen.Int[1, 200_000]).Array[1, 50]
        from deposit in Gen.Int[0, 10_000]
        from perUnit in Gen.Long[1, 400_000_000].Select(n => n / 10_000m)   // up to 4 decimals, 0.0001 to 40 000 đồng per unit
        select (currency, lines.Select(l => new PricedLine(new Money(l.Item1, currency), l.Item2)).ToArray(), deposit, perUnit);

    [Fact]
    public void The_total_is_the_sum_of_the_line_totals_and_each_line_is_unit_times_quantity() =>
        Quotes.Sample(q =>
        {
            var totals = QuoteMaths.Totals(q.Currency, q.Lines, q.Deposit, new ExchangeRate(q.Currency, Currency.VND, q.PerUnit, new DateOnly(2026, 11, 30)));
            var sum = 0L;
            foreach (var line in q.Lines)
            {
                line.LineTotal.MinorUnits.ShouldBe(line.UnitPrice.MinorUnits * line.Quantity);
                sum += line.LineTotal.MinorUnits;
            }
            totals.Total.ShouldBe(new Money(sum, q.Currency));
        });

    [Fact]
    public void Deposit_and_balance_add_up_to_the_total_exactly_and_the_deposit_is_within_a_minor_unit_of_its_percentage() =>
        Quotes.Sample(q =>
        {
            var totals = QuoteMaths.Totals(q.Currency, q.Lines, q.Deposit, new ExchangeRate(q.Currency, Currency.VND, q.PerUnit, new DateOnly(2026, 11, 30)));
            (totals.Deposit + totals.Balance).ShouldBe(totals.Total);
            var exact = (decimal)totals.Total.MinorUnits * q.Deposit / 10_000m;
            Math.Abs(totals.Deposit.MinorUnits - exact).ShouldBeLessThan(1m);
            totals.Deposit.IsNegative.ShouldBeFalse();
            totals.Balance.IsNegative.ShouldBeFalse();
        });

    [Fact]
    public void The_VND_equivalent_is_the_total_times_the_rate_rounded_once_half_away_from_zero() =>
        Quotes.Sample(q =>
        {
            var totals = QuoteMaths.Totals(q.Currency, q.Lines, q.Deposit, new ExchangeRate(q.Currency, Currency.VND, q.PerUnit, new DateOnly(2026, 11, 30)));
            var exact = totals.Total.Major * q.PerUnit;
            totals.TotalVnd.Currency.ShouldBe(Currency.VND);
            totals.TotalVnd.MinorUnits.ShouldBe(decimal.ToInt64(Math.Round(exact, 0, MidpointRounding.AwayFromZero)));
            Math.Abs(totals.TotalVnd.MinorUnits - exact).ShouldBeLessThanOrEqualTo(0.5m);
        });

    [Fact]
    public void The_recorded_rate_is_the_inverse_of_the_association_rate_to_six_decimals_and_VND_quotes_record_one()
    {
        Gen.Long[1, 100_000_000].Select(n => n / 1_000_000_000m).Sample(perDong =>   // 0.000000001 to 0.1 units per đồng
        {
            var display = new ExchangeRate(Currency.VND, Currency.USD, perDong, new DateOnly(2026, 11, 30));
            var recorded = QuoteMaths.ToVnd(Currency.USD, display, new DateOnly(2026, 12, 7));
            recorded.From.ShouldBe(Currency.USD);
            recorded.To.ShouldBe(Currency.VND);
            recorded.AsOf.ShouldBe(display.AsOf);
            recorded.Rate.ShouldBe(Math.Round(recorded.Rate, QuoteMaths.RateDecimals));
            Math.Abs(recorded.Rate - 1m / perDong).ShouldBeLessThanOrEqualTo(0.0000005m);
        });
        var vnd = QuoteMaths.ToVnd(Currency.VND, null, new DateOnly(2026, 12, 7));
        vnd.Rate.ShouldBe(1m);
        vnd.AsOf.ShouldBe(new DateOnly(2026, 12, 7));
    }

    [Fact]
    public void One_dong_more_goes_to_the_balance_as_the_shared_kernel_promises()
    {
        // 1 000 001 ₫ at 30 %: 300 000 ₫ deposit, 700 001 ₫ balance (ADR 0022's example), through the quote's own maths.
        var totals = QuoteMaths.Totals(Currency.VND, [new PricedLine(new Money(1_000_001, Currency.VND), 1)], 3_000,
            new ExchangeRate(Currency.VND, Currency.VND, 1m, new DateOnly(2026, 12, 7)));
        totals.Deposit.ShouldBe(new Money(300_000, Currency.VND));
        totals.Balance.ShouldBe(new Money(700_001, Currency.VND));
        totals.TotalVnd.ShouldBe(new Money(1_000_001, Currency.VND));
    }
}
