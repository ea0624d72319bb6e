using CraftMarket.SharedKernel.Results;
using PhoneNumbers;

namespace CraftMarket.Members.Domain;

/// <summary>
/// Producers are reached by text message, so a member's phone must be a Vietnamese mobile
/// number. Stored as E.164 so "0912 345 678" and "+84 912 345 678" are the same member.
/// </summary>
internal static class VietnamesePhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static Result<string> Normalize(string? input, string field = "phone")
    {
        if (string.IsNullOrWhiteSpace(input)) return Error.Validation(field, "A mobile phone number is required.");
        PhoneNumber number;
        try
        {
            number = Util.Parse(input, "VN");
        }
        catch (NumberParseException)
        {
            return Error.Validation(field, "This is not a phone number.");
        }
        if (!Util.IsValidNumberForRegion(number, "VN"))
            return Error.Validation(field, "This is not a valid Vietnamese phone number.");
        // Invitations and notices go out by SMS; a landline cannot receive them.
        if (Util.GetNumberType(number) is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
            return Error.Validation(field, "Please give a mobile number: invitations are sent by text message.");
        return Util.Format(number, PhoneNumberFormat.E164);
    }

    /// <summary>For display: "+84 91 234 56 78" style, as Vietnamese readers expect.</summary>
    public static string Display(string e164)
    {
        try
        {
            return Util.Format(Util.Parse(e164, "VN"), PhoneNumberFormat.NATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}
