using CraftMarket.SharedKernel.Results;
using PhoneNumbers;

namespace CraftMarket.Identity.Phones;

/// <summary>
/// Producers type their number as they know it ("0912 345 678"); we store E.164 (+84912345678).
/// Only Vietnamese numbers are accepted for now: every association on the platform is Vietnamese.
/// </summary>
internal static class VietnamesePhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static Result<string> Normalize(string? input, string field = "phone")
    {
        const string invalid = "Enter a Vietnamese mobile number, e.g. 0912 345 678 or +84 912 345 678.";
        if (string.IsNullOrWhiteSpace(input)) return Error.Validation(field, invalid);
        try
        {
            var number = Util.Parse(input, "VN");
            if (!Util.IsValidNumber(number) || Util.GetRegionCodeForNumber(number) != "VN")
                return Error.Validation(field, invalid);
            return Util.Format(number, PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
            return Error.Validation(field, invalid);
        }
    }

    /// <summary>ISO 3166-1 alpha-2 codes known to libphonenumber: a good enough list of countries for buyer profiles.</summary>
    public static bool IsCountryCode(string? code) =>
        code is { Length: 2 } && Util.GetSupportedRegions().Contains(code.ToUpperInvariant());
}
