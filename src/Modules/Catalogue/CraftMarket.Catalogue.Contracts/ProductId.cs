using System.Text.Json;
using System.Text.Json.Serialization;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>A product in one association's shared catalogue. On the wire (API, outbox) it is the bare GUID.</summary>
[JsonConverter(typeof(ProductIdJsonConverter))]
public readonly record struct ProductId(Guid Value)
{
    public static ProductId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>A category in one association's taxonomy (Bat Trang: vases, tea sets...; Van Phuc: scarves...). On the wire, the bare GUID.</summary>
[JsonConverter(typeof(CategoryIdJsonConverter))]
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

public sealed class ProductIdJsonConverter : JsonConverter<ProductId>
{
    public override ProductId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetGuid());
    public override void Write(Utf8JsonWriter writer, ProductId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

public sealed class CategoryIdJsonConverter : JsonConverter<CategoryId>
{
    public override CategoryId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetGuid());
    public override void Write(Utf8JsonWriter writer, CategoryId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
