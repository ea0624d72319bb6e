using CraftMarket.SharedKernel.Results;
using PhoneNumbers;

namespace CraftMarket.SharedKernel.Phones;

/// <summary>
/// The one phone rule of the platform. Producers type their number as they know it
/// ("0912 345 678"); it is stored as E.164 (+84912345678) so every spelling is the same person.
/// Only Vietnamese mobiles: every association is Vietnamese, invitations and notices go out by
/// text message, and a phone account signs in by texted code, none of which a landline receives.
/// </summary>
public static class VietnamesePhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    // Every message ends with what is wanted, so a person who typed anything learns the form.
    private const string Example = " Give a Vietnamese mobile number, e.g. 0912 345 678 or +84 912 345 678.";

    public static Result<string> Normalize(string? input, string field = "phone")
    {
        if (string.IsNullOrWhiteSpace(input)) return Error.Validation(field, "A phone number is required." + Example);
        PhoneNumber number;
        try
        {
            number = Util.Parse(input, "VN");
        }
        catch (NumberParseException)
        {
            return Error.Validation(field, "This is not a phone number." + Example);
        }
        if (!Util.IsValidNumberForRegion(number, "VN"))
            return Error.Validation(field, "This is not a valid Vietnamese phone number." + Example);
        if (Util.GetNumberType(number) is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
            return Error.Validation(field, "Codes and invitations are sent by text message, which a landline cannot receive." + Example);
        return Util.Format(number, PhoneNumberFormat.E164);
    }

    /// <summary>For display as Vietnamese readers write it ("0912 345 678"); anything unparsable is shown as stored.</summary>
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
