using Scalar.AspNetCore;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// The OpenAPI document and the Scalar reference describe every endpoint, internal ones included: a map for an
/// attacker. Served in Development; elsewhere only when <c>CraftMarket:PublishApiDocs</c> is true (ADR 34).
/// </summary>
internal static class ApiDocs
{
    public const string Setting = "CraftMarket:PublishApiDocs";

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        if (!app.Configuration.GetValue(Setting, app.Environment.IsDevelopment())) return app;
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithNonce());   // per request; SecurityHeaders admits only it (ADR 35)
        return app;
    }
}
