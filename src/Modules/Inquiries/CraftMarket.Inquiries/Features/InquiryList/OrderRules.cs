using System.Globalization;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>
/// One refusal a buyer can act on: the field it is about (as the API names it, "lines[0].quantity"),
/// the English text with placeholders (the translation key) and its values.
/// </summary>
internal sealed record Problem(string Field, string Text, params object[] Args)
{
    /// <summary>The English message, as the API answers it.</summary>
    public string English => Args.Length == 0 ? Text
        : string.Format(CultureInfo.InvariantCulture, Text, Args.Select(a => a is Counted c ? c.In("en", CultureInfo.InvariantCulture) : a).ToArray());
}

/// <summary>
/// A quantity in its unit as a message argument: formatted where the message is, "50 metres" in
/// the page's language and numbers (<see cref="UnitWords.Quantity"/>), "50 metres" in the API's English.
/// </summary>
internal sealed record Counted(long Count, UnitOfSale Unit) : IFormattable
{
    public string In(string? language, CultureInfo? culture) =>
        UnitWords.Quantity((int)Math.Clamp(Count, int.MinValue, int.MaxValue), Unit, language, culture);

    public string ToString(string? format, IFormatProvider? formatProvider) => In(null, formatProvider as CultureInfo);

    public override string ToString() => In(null, null);
}

/// <summary>
/// The rules of a wholesale order a buyer meets before sending (pure, property-tested): quantities in
/// range, at least the minimum order, in whole cases; a date the village can promise, which is
/// today in Vietnam plus the longest lead time among the village's lines. Capacity does not move
/// that date here: who has room is the desk's allocation, and it answers in the thread (ADR 0044).
/// </summary>
internal static class OrderRules
{
    public const int MaxQuantity = 1_000_000;

    public const string OutOfRange = "Enter a quantity from 1 to 1,000,000.";
    public const string BelowMinimum = "Below the minimum order of {0}.";
    public const string NotWholeCases = "Order in whole cases of {0}: {1} would do.";
    public const string LineTooSoon = "This product needs {0} days: the village can promise it from {1}.";
    public const string VillageTooSoon = "The village can promise delivery from {0} at the earliest.";

    /// <summary>Null when the quantity may be ordered; else why not, with the nearest quantity that may, counted in <paramref name="unit"/>.</summary>
    public static Problem? Quantity(string field, long quantity, int minimum, int caseSize, UnitOfSale unit)
    {
        var moq = Math.Max(1, minimum);
        var size = Math.Max(1, caseSize);
        if (quantity is < 1 or > MaxQuantity) return new Problem(field, OutOfRange);
        if (quantity < moq) return new Problem(field, BelowMinimum, new Counted(moq, unit));
        if (quantity % size != 0) return new Problem(field, NotWholeCases, new Counted(size, unit), new Counted(Nearest(quantity, moq, size), unit));
        return null;
    }

    /// <summary>The smallest quantity at least <paramref name="quantity"/> and the minimum that is a whole number of cases.</summary>
    public static long Nearest(long quantity, int minimum, int caseSize)
    {
        var size = Math.Max(1, caseSize);
        var wanted = Math.Max(quantity, Math.Max(1, minimum));
        return (wanted + size - 1) / size * size;
    }

    /// <summary>A sensible first quantity for the add page: the minimum order in whole cases.</summary>
    public static int Suggested(int minimum, int caseSize) => (int)Math.Min(MaxQuantity, Nearest(1, minimum, caseSize));

    /// <summary>The first date the village can promise for lines with these lead times: today in Vietnam plus the longest.</summary>
    public static DateOnly Earliest(DateOnly today, IEnumerable<int> leadTimeDays) => today.AddDays(Math.Max(0, leadTimeDays.DefaultIfEmpty(0).Max()));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
