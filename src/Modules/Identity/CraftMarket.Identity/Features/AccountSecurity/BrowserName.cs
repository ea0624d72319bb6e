using CraftMarket.Identity.Features.Sessions;

namespace CraftMarket.Identity.Features.AccountSecurity;

/// <summary>
/// A short name for a User-Agent ("Firefox · Windows") so the owner recognises their own devices
/// in the security log; the full string stays in the API answer. The browsers and systems known
/// are the session list's (<see cref="BrowserDescription"/>), so both pages name a device alike.
/// </summary>
internal static class BrowserName
{
    public static string? Of(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return null;
        return BrowserDescription.Parts(userAgent) switch
        {
            (null, null) => userAgent.Length <= 40 ? userAgent : userAgent[..40] + "…",
            (var browser, null) => browser,
            (null, var system) => system,
            var (browser, system) => $"{browser} · {system}",
        };
    }
}
