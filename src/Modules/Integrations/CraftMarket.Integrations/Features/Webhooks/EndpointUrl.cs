using System.Net;
using Microsoft.Extensions.Options;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>
/// Whether a URL may be registered: absolute HTTPS, no user name or password in it, a host that
/// resolves, and only to public addresses (<see cref="TargetAddresses"/>). A test receiver named by
/// configuration may be plain HTTP on loopback. Returns the English reason for a refusal, or null.
/// </summary>
internal sealed class EndpointUrl(IOptions<WebhookOptions> options)
{
    public async Task<string?> RefusalAsync(string? url, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(url)) return "Enter the endpoint's URL.";
        if (url.Length > Domain.WebhookEndpoint.UrlMax) return "The URL is too long.";
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
            return "Enter an absolute HTTPS URL, e.g. https://erp.example.com/webhooks.";
        if (uri.UserInfo.Length > 0) return "A URL must not carry a user name or password: the signature authenticates each call.";
        if (uri.Fragment.Length > 0) return "A URL must not carry a fragment (#...).";

        var settings = options.Value;
        // Plain HTTP only to a test receiver named by configuration (an IP literal): never in a real deployment.
        if (uri.Scheme != "https" && !(IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) && settings.IsTestReceiver(literal)))
            return "Webhooks are sent only over HTTPS: the URL must start with https://.";
        var addresses = await TargetAddresses.ResolveAsync(uri.IdnHost, ct);
        if (addresses.Length == 0) return "The host name does not resolve: check the URL.";
        if (addresses.Any(a => !TargetAddresses.IsAllowed(a, settings)))
            return "The URL leads to a private, loopback or link-local address: webhooks go only to public HTTPS endpoints.";
        return null;
    }

    /// <summary>The URL as shown in lists and notices: scheme, host and path, without the query (which may carry a token).</summary>
    public static string Shown(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path) : url;
}
