using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Catalogue.Domain;

/// <summary>A size or colour a buyer can order separately, with its own stock-keeping code.</summary>
internal sealed record ProductVariant(string Sku, string? Size, string? Colour);

/// <summary>From <see cref="MinQuantity"/> pieces on, each costs <see cref="UnitPrice"/> (in the product's price currency).</summary>
internal sealed record PriceTier(int MinQuantity, Money UnitPrice);

/// <summary>
/// A price break as the products table keeps it, inside the price_breaks JSON document: the amount in
/// minor units of the product's <see cref="Product.PriceCurrency"/>, which the row holds once.
/// </summary>
internal sealed record StoredPriceTier(int MinQuantity, long UnitPriceMinor);

/// <summary>Outer size in centimetres; any may be unknown.</summary>
internal sealed record Dimensions(decimal? LengthCm, decimal? WidthCm, decimal? HeightCm)
{
    public static readonly Dimensions Unknown = new(null, null, null);
}
