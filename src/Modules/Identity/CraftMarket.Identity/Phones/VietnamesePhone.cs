using CraftMarket.SharedKernel.Results;
using PhoneNumbers;

namespace CraftMarket.Identity.Phones;

/// <summary>
/// Producers type their number as they know it ("0912 345 678"); we store E.164 (+84912345678).
/// Only Vietnamese mobile numbers: every association on the platform is Vietnamese, and a phone
/// account signs in by texted code, which a landline cannot receive. This is the rule Members
/// applies to a member's phone (Members.Domain.VietnamesePhone); the two copies exist because
/// modules share only contracts. Change them together, or move the rule to SharedKernel.
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
            if (!Util.IsValidNumberForRegion(number, "VN")
                || Util.GetNumberType(number) is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
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
