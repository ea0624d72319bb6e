using System.Text.Json;
using System.Text.Json.Serialization;

namespace CraftMarket.SharedKernel.Monetary;

/// <summary>
/// Money on the wire (APIs, outbox messages): <c>{"currency":"VND","minorUnits":1250000}</c>. Minor
/// units as an integer, so no JSON reader turns an amount into a binary float; the currency must be
/// one <see cref="Currency"/> knows, or reading fails.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("Money is an object with currency and minorUnits.");
        string? code = null;
        long? minor = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "currency", StringComparison.OrdinalIgnoreCase)) code = reader.GetString();
            else if (string.Equals(name, "minorUnits", StringComparison.OrdinalIgnoreCase)) minor = reader.GetInt64();
            else reader.Skip();
        }
        if (minor is null) throw new JsonException("Money needs minorUnits.");
        return Currency.TryOf(code, out var currency) ? new Money(minor.Value, currency) : throw new JsonException($"'{code}' is not a known currency.");
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(options.PropertyNamingPolicy?.ConvertName("Currency") ?? "Currency", value.Currency.Code);
        writer.WriteNumber(options.PropertyNamingPolicy?.ConvertName("MinorUnits") ?? "MinorUnits", value.MinorUnits);
        writer.WriteEndObject();
    }
}
