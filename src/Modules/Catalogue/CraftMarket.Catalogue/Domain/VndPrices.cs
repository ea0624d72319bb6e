using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// The catalogue's producer API, forms and CSV columns name their prices in đồng ("basePriceVnd",
/// "base_price_vnd"), and every association prices in VND (TenantRules). Those whole-đồng numbers
/// become Money here and nowhere else, so the day an association prices in another currency the
/// change is this file and the field names (ADR 0022).
/// </summary>
internal static class VndPrices
{
    public static Money? From(long? dong) => dong is { } d ? new Money(d, Currency.VND) : null;

    /// <summary>The amount in whole đồng; refuses another currency rather than print it as đồng.</summary>
    public static long Dong(Money price) =>
        price.Currency == Currency.VND ? price.MinorUnits : throw new CurrencyMismatchException(Currency.VND, price.Currency);
}
