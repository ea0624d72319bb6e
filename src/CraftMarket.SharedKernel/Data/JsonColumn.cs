using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CraftMarket.SharedKernel.Data;

/// <summary>
/// Lists of small records (a registry's criteria and evidence, an inquiry's attachments and quote lines) as one JSON text column: they are
/// always read and written with their row, never queried inside. Plain JSON with enum names keeps
/// the stored text readable and safe to reorder enums.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<List<T>> AsJson<T>(this PropertyBuilder<List<T>> property) => property
        .HasConversion(
            list => JsonSerializer.Serialize(list, Options),
            text => JsonSerializer.Deserialize<List<T>>(text, Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                list => JsonSerializer.Serialize(list, Options).GetHashCode(StringComparison.Ordinal),
                list => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(list, Options), Options) ?? new List<T>()));
}
