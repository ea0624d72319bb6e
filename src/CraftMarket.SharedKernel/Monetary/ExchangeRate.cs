namespace CraftMarket.SharedKernel.Monetary;

/// <summary>
/// The only way money changes currency: <see cref="Rate"/> units of <see cref="To"/> for one unit of
/// <see cref="From"/> (major units both, e.g. 0.0000380 USD per VND), as set on <see cref="AsOf"/>.
/// A rate without a date is not a rate: an indicative price, a quote or a payout must be able to say
/// which day's rate it used.
/// </summary>
public sealed record ExchangeRate
{
    /// <summary>
    /// Conversion rounds once, at the end, to the target's minor unit, half away from zero (the
    /// commercial convention buyers expect: 12.165 → 12.17). Intermediate values stay exact decimals.
    /// </summary>
    public const MidpointRounding Rounding = MidpointRounding.AwayFromZero;

    public ExchangeRate(Currency from, Currency to, decimal rate, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (rate <= 0) throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate must be above zero.");
        From = from;
        To = to;
        Rate = rate;
        AsOf = asOf;
    }

    public Currency From { get; }
    public Currency To { get; }
    public decimal Rate { get; }
    public DateOnly AsOf { get; }

    /// <summary>
    /// <paramref name="amount"/> (in <see cref="From"/>) in <see cref="To"/>, rounded to its minor unit
    /// by <see cref="Rounding"/>. Deterministic: the same amount and rate always give the same result.
    /// Throws <see cref="CurrencyMismatchException"/> for an amount in another currency, and
    /// <see cref="OverflowException"/> when the result does not fit.
    /// </summary>
    public Money Convert(Money amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Currency != From) throw new CurrencyMismatchException(From, amount.Currency);
        // minor(To) = minor(From) × rate × 10^digits(To) / 10^digits(From): multiply before dividing so
        // nothing is cut before the single rounding step.
        var exact = amount.MinorUnits * Rate * To.MinorPerMajor / From.MinorPerMajor;
        return new Money(decimal.ToInt64(Math.Round(exact, 0, Rounding)), To);
    }

    /// <summary>The same rate read the other way (1 / rate), for the same day.</summary>
    public ExchangeRate Inverse() => new(To, From, 1m / Rate, AsOf);
}
