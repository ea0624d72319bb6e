using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// Typed ids (<c>TenantId</c>, <c>ProductId</c>, <c>MemberId</c>, …: a record struct around one Guid)
/// go over HTTP as the plain id string, not as <c>{"value": …, "isEmpty": false}</c>. Reading accepts
/// both, so a client that learnt the object shape keeps working. Only the HTTP JSON options use it:
/// outbox messages and search documents keep their stored shape.
/// </summary>
internal sealed class TypedIdJsonConverter : JsonConverterFactory
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo?> Constructors = new();

    /// <summary>A CraftMarket value type named "…Id" built from one Guid and exposing it as <c>Value</c>.</summary>
    public static bool IsTypedId(Type type) => Constructor(type) is not null;

    private static ConstructorInfo? Constructor(Type type) => Constructors.GetOrAdd(type, t =>
        t.IsValueType && !t.IsGenericType && t.Name.EndsWith("Id", StringComparison.Ordinal)
        && t.Namespace?.StartsWith("CraftMarket.", StringComparison.Ordinal) == true
        && t.GetProperty("Value")?.PropertyType == typeof(Guid)
            ? t.GetConstructor([typeof(Guid)])
            : null);

    public override bool CanConvert(Type typeToConvert) => IsTypedId(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct
    {
        private static readonly ConstructorInfo Create = Constructor(typeof(T))!;
        private static readonly PropertyInfo ValueProperty = typeof(T).GetProperty("Value")!;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var id = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetGuid(),
                JsonTokenType.StartObject => ReadObject(ref reader),
                _ => throw new JsonException($"{typeof(T).Name} is written as an id string."),
            };
            return (T)Create.Invoke([id]);
        }

        /// <summary>The older shape: {"value": "…"} (other members, such as isEmpty, are ignored).</summary>
        private static Guid ReadObject(ref Utf8JsonReader reader)
        {
            Guid? id = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (string.Equals(name, "value", StringComparison.OrdinalIgnoreCase) && reader.TokenType == JsonTokenType.String) id = reader.GetGuid();
                else reader.Skip();
            }
            return id ?? throw new JsonException($"{typeof(T).Name} needs a value.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue((Guid)ValueProperty.GetValue(value)!);

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (T)Create.Invoke([Guid.Parse(reader.GetString()!)]);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(((Guid)ValueProperty.GetValue(value)!).ToString());
    }
}

/// <summary>Tells OpenAPI clients the wire shape of a typed id: a uuid string.</summary>
internal sealed class TypedIdOpenApiSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (!TypedIdJsonConverter.IsTypedId(context.JsonTypeInfo.Type)) return Task.CompletedTask;
        schema.Type = JsonSchemaType.String;
        schema.Format = "uuid";
        schema.Properties = null;
        schema.Required = null;
        return Task.CompletedTask;
    }
}

internal static class TypedIdJsonExtensions
{
    /// <summary>Minimal APIs and Razor Pages' JSON results alike.</summary>
    public static IServiceCollection AddTypedIdJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new TypedIdJsonConverter()));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new TypedIdJsonConverter()));
        return services;
    }
}
