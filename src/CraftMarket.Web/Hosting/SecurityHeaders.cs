namespace CraftMarket.Web.Hosting;

/// <summary>
/// Strict defaults: no third-party origins at all (pages are server-rendered with our own CSS/JS),
/// no framing, no MIME sniffing. Scalar's UI needs inline script, so /scalar gets a looser policy.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string StrictCsp =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private const string ScalarCsp =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(self), geolocation=(), microphone=()";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase) ? ScalarCsp : StrictCsp;
        return next(context);
    }
}
