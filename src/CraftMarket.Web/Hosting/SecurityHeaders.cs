using Scalar.AspNetCore;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// Strict defaults on every answer (ADR 35): scripts only from our own files, never inline or
/// eval'd; no third-party origins (pages are server-rendered with our own CSS/JS), no plugins, no
/// framing, no MIME sniffing. Styles may be inline: the layout writes the brand's validated tokens
/// as CSS variables. Scalar's API reference page is generated with an inline module script; it is
/// rendered with a fresh nonce per request, and that nonce, not 'unsafe-inline', admits it.
/// Forms may lead to one other origin: Stripe's hosted checkout, where the buyer's "pay by card"
/// form is redirected (browsers apply form-action to the redirect's target too; ADR 0055).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Common =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self' https://checkout.stripe.com; frame-ancestors 'none'; ";
    private const string StrictCsp = Common + "script-src 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(self), geolocation=(), microphone=()";
        headers.ContentSecurityPolicy = StrictCsp;
        if (context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase))
            context.Response.OnStarting(() =>
            {
                // Scalar puts the nonce it wrote on its script tags here while rendering, before the response starts.
                if (context.Items[ScalarOptions.NonceHttpContextItemKey] is string { Length: > 0 } nonce)
                    context.Response.Headers.ContentSecurityPolicy = $"{Common}font-src 'self' data:; script-src 'self' 'nonce-{nonce}'";
                return Task.CompletedTask;
            });
        return next(context);
    }
}
