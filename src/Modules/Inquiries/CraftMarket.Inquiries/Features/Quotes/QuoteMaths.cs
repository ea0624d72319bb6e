using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>One priced line before it becomes a <see cref="Domain.QuoteLine"/>: unit price in the contract currency and pieces.</summary>
internal sealed record PricedLine(Money UnitPrice, int Quantity)
{
    public Money LineTotal => UnitPrice.Multiply(Quantity);
}

/// <summary>What a quote adds up to, all in minor units: no amount is ever a float.</summary>
internal sealed record QuoteTotals(Money Total, Money Deposit, Money Balance, Money TotalVnd);

/// <summary>
/// The joint quote's arithmetic in <see cref="Money"/> (ADR 0022, 0049): each line total is the unit
/// price times the pieces, exactly; the total is their sum; the deposit and the balance split the total
/// by <see cref="Money.SplitPercent"/> so they always add back to it (no minor unit lost or made up);
/// the VND equivalent is the total through the quote's recorded rate, rounded once.
/// </summary>
internal static class QuoteMaths
{
    /// <summary>Digits kept of the đồng-per-unit rate a quote records (the column's scale): the rate used is the rate stored.</summary>
    public const int RateDecimals = 6;

    public static QuoteTotals Totals(Currency currency, IReadOnlyList<PricedLine> lines, int depositBasisPoints, ExchangeRate toVnd)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(toVnd);
        var total = Money.Zero(currency);
        foreach (var line in lines) total = total.Add(line.LineTotal);
        var (deposit, balance) = total.SplitPercent(depositBasisPoints);
        return new QuoteTotals(total, deposit, balance, toVnd.Convert(total));
    }

    /// <summary>
    /// The rate a quote records, contract currency → VND, from the association's display rate (VND →
    /// currency, e.g. 0.000038 USD per đồng): its inverse, rounded to <see cref="RateDecimals"/> so
    /// that the stored rate and the rate the VND equivalent was computed with are the same number.
    /// A VND quote records 1.
    /// </summary>
    public static ExchangeRate ToVnd(Currency currency, ExchangeRate? display, DateOnly today)
    {
        if (currency == Currency.VND) return new ExchangeRate(Currency.VND, Currency.VND, 1m, today);
        ArgumentNullException.ThrowIfNull(display);
        if (display.From != Currency.VND || display.To != currency) throw new CurrencyMismatchException(currency, display.To);
        var perUnit = Math.Round(1m / display.Rate, RateDecimals, ExchangeRate.Rounding);
        return new ExchangeRate(currency, Currency.VND, perUnit, display.AsOf);
    }

    /// <summary>A VND catalogue price in the contract currency at the association's own display rate (what its storefront shows).</summary>
    public static Money FromVnd(Money dong, Currency currency, ExchangeRate? display) =>
        currency == Currency.VND ? dong : (display ?? throw new InvalidOperationException($"No {currency.Code} rate.")).Convert(dong);
}
