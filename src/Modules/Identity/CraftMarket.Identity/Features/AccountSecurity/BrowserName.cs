namespace CraftMarket.Identity.Features.AccountSecurity;

/// <summary>
/// A short name for a User-Agent ("Firefox · Windows") so the owner recognises their own devices
/// in the security log; the full string stays in the API answer. Order matters: Edge and Opera
/// also say "Chrome", and Chrome also says "Safari".
/// </summary>
internal static class BrowserName
{
    private static readonly (string Token, string Name)[] Browsers =
        [("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
         ("okhttp", "Android app"), ("CFNetwork", "iOS app"), ("curl/", "curl")];

    private static readonly (string Token, string Name)[] Systems =
        [("Windows", "Windows"), ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Mac OS X", "macOS"), ("Linux", "Linux")];

    public static string? Of(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return null;
        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.OrdinalIgnoreCase)).Name;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.OrdinalIgnoreCase)).Name;
        return (browser, system) switch
        {
            (null, null) => userAgent.Length <= 40 ? userAgent : userAgent[..40] + "…",
            (_, null) => browser,
            (null, _) => system,
            _ => $"{browser} · {system}",
        };
    }
}
