namespace CraftMarket.Catalogue.Domain;

/// <summary>A size or colour a buyer can order separately, with its own stock-keeping code.</summary>
internal sealed record ProductVariant(string Sku, string? Size, string? Colour);

/// <summary>From <see cref="MinQuantity"/> pieces on, each costs <see cref="UnitPriceVnd"/> (VND has no minor unit).</summary>
internal sealed record PriceTier(int MinQuantity, long UnitPriceVnd);

/// <summary>Outer size in centimetres; any may be unknown.</summary>
internal sealed record Dimensions(decimal? LengthCm, decimal? WidthCm, decimal? HeightCm)
{
    public static readonly Dimensions Unknown = new(null, null, null);
}
