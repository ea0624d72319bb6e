using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests.Support;

/// <summary>The real site, with sign-in limits high enough that ordinary tests never trip them.</summary>
public class IdentityApp(int signInPerMinute = 1000, string? postgres = null, bool seedDemo = true, IDictionary<string, string?>? extra = null)
    : CraftMarketApp(seedDemo, postgres, Settings(signInPerMinute, extra))
{
    private static Dictionary<string, string?> Settings(int signInPerMinute, IDictionary<string, string?>? extra)
    {
        var limit = signInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>
        {
            ["CraftMarket:Identity:SignInPerMinute"] = limit,
            ["CraftMarket:Identity:PhoneCodePerMinute"] = limit,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return settings;
    }
}
