using System.Text.Json.Serialization;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>A product in one association's shared catalogue.</summary>
public readonly record struct ProductId(Guid Value)
{
    public static ProductId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>A category in one association's taxonomy (Bat Trang: vases, tea sets...; Van Phuc: scarves...).</summary>
public readonly record struct CategoryId(Guid Value)
{
    public static CategoryId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// Draft (the producer's) → Submitted → Published, or ChangesRequested (with the association's
/// comment) back to the producer → Archived when withdrawn for good.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProductStatus>))]
public enum ProductStatus { Draft, Submitted, ChangesRequested, Published, Archived }
