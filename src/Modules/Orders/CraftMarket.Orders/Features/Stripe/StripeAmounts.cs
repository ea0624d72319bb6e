using System.Collections.Frozen;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>
/// Amounts as Stripe reads them: integers in the currency's smallest unit, lower-case codes. Stripe's
/// zero-decimal currencies (docs.stripe.com/currencies#zero-decimal: JPY, KRW, VND and a few others)
/// take whole units, every other currency the platform trades takes hundredths. That is exactly
/// <see cref="Money.MinorUnits"/> for every <see cref="Currency"/> the platform knows (VND, JPY, KRW have
/// no minor digits; USD, EUR, AUD, GBP, CNY, TWD, SGD have two), and a currency where the two rules
/// would disagree is refused here rather than charged a hundred times too much or too little.
/// </summary>
internal static class StripeAmounts
{
    public static readonly FrozenSet<string> ZeroDecimal = new[]
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when Stripe's unit for <paramref name="currency"/> is the platform's minor unit.</summary>
    public static bool Agrees(Currency currency) =>
        ZeroDecimal.Contains(currency.Code) ? currency.MinorDigits == 0 : currency.MinorDigits == 2;

    public static long UnitAmount(Money amount)
    {
        if (!Agrees(amount.Currency))
            throw new InvalidOperationException($"Stripe's unit for {amount.Currency.Code} is not the platform's minor unit; refusing to charge it.");
        return amount.MinorUnits;
    }

    public static string Code(Currency currency) => currency.Code.ToLowerInvariant();

    /// <summary>An amount Stripe reports (e.g. <c>amount_received</c>, "usd"), or null for a currency the platform does not trade.</summary>
    public static Money? FromStripe(long amount, string? currency) =>
        Currency.TryOf(currency?.ToUpperInvariant(), out var c) && Agrees(c) ? new Money(amount, c) : null;
}
