using PhoneNumbers;

namespace CraftMarket.Identity.Features.Register;

/// <summary>ISO 3166-1 alpha-2 codes known to libphonenumber: a good enough list of countries for buyer profiles.</summary>
internal static class CountryCodes
{
    private static readonly HashSet<string> Known = PhoneNumberUtil.GetInstance().GetSupportedRegions();

    public static bool IsKnown(string? code) => code is { Length: 2 } && Known.Contains(code.ToUpperInvariant());
}
