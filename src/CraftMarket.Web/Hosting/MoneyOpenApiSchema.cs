using CraftMarket.SharedKernel.Monetary;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// Money is written by <see cref="MoneyJsonConverter"/>, which the OpenAPI generator cannot see
/// through: without this, clients would be told about the CLR properties instead of the wire shape.
/// </summary>
internal sealed class MoneyOpenApiSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(Money)) return Task.CompletedTask;
        schema.Type = JsonSchemaType.Object;
        schema.Description = "An exact amount: whole minor units of an ISO 4217 currency (VND and JPY have none, USD has cents).";
        schema.Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["currency"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Z]{3}$", Description = "ISO 4217 code, e.g. VND." },
            ["minorUnits"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = "The amount in minor units: 1250000 for 1.250.000 ₫, 1216 for US$12.16." },
        };
        schema.Required = new HashSet<string>(StringComparer.Ordinal) { "currency", "minorUnits" };
        return Task.CompletedTask;
    }
}
