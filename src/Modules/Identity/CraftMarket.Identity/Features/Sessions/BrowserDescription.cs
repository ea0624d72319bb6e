namespace CraftMarket.Identity.Features.Sessions;

/// <summary>
/// Turns a user agent into "Firefox on Windows", enough for an owner to recognise their own devices
/// in the session list. Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
/// </summary>
internal static class BrowserDescription
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("SamsungBrowser/", "Samsung Internet"),
        ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"), ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    public static string Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return "Unknown device";
        var browser = Find(Browsers, userAgent);
        var system = Find(Systems, userAgent);
        if (browser is not null) return system is null ? browser : $"{browser} on {system}";
        // Apps and scripts: their own product token ("CraftMarketApp/2.1", "curl/8.5") says enough.
        var product = userAgent.Trim().Split(' ', 2)[0];
        return system is null ? product : $"{product} on {system}";
    }

    /// <summary>The recognised browser and system, each null when unknown (the security log formats them its own way).</summary>
    public static (string? Browser, string? System) Parts(string userAgent) => (Find(Browsers, userAgent), Find(Systems, userAgent));

    private static string? Find((string Token, string Name)[] known, string userAgent) =>
        known.FirstOrDefault(k => userAgent.Contains(k.Token, StringComparison.Ordinal)).Name;
}
