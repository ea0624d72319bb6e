using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests.Support;

/// <summary>The real site, with sign-in limits high enough that ordinary tests never trip them.</summary>
public class IdentityApp(int signInPerMinute = 1000, string? postgres = null, bool seedDemo = true, IDictionary<string, string?>? extra = null)
    : CraftMarketApp(seedDemo, postgres, new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
    {
        ["CraftMarket:Identity:SignInPerMinute"] = signInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CraftMarket:Identity:PhoneCodePerMinute"] = signInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
