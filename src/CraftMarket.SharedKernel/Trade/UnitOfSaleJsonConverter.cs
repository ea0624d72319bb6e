using System.Text.Json;
using System.Text.Json.Serialization;

namespace CraftMarket.SharedKernel.Trade;

/// <summary>
/// A unit on the wire (APIs, outbox messages, search documents) is its code: <c>"metre"</c>. A
/// missing or null unit reads as <see cref="UnitOfSale.Default"/> (messages written before units);
/// a code this build does not know fails to read rather than become a piece.
/// </summary>
public sealed class UnitOfSaleJsonConverter : JsonConverter<UnitOfSale>
{
    public override bool HandleNull => true;

    public override UnitOfSale Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return UnitOfSale.Default;
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("A unit of sale is a string code such as \"metre\".");
        var code = reader.GetString();
        return UnitOfSale.TryParse(code, out var unit) ? unit : throw new JsonException($"'{code}' is not a unit of sale ({UnitOfSale.Codes}).");
    }

    public override void Write(Utf8JsonWriter writer, UnitOfSale value, JsonSerializerOptions options) =>
        writer.WriteStringValue((value ?? UnitOfSale.Default).Code);
}
