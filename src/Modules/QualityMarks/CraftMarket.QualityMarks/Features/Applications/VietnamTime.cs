using System.Globalization;
using CraftMarket.QualityMarks.Domain;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>
/// Visits happen in the village: a time without an offset ("2026-12-10T09:00", what a phone's
/// datetime-local field sends) is Vietnam time, and every time shown to a member or inspector is
/// written in Vietnam time, whatever the server's or the reader's zone.
/// </summary>
internal static class VietnamTime
{
    /// <summary>The moment, in UTC (PostgreSQL keeps only UTC instants in timestamptz; Npgsql refuses any other offset).</summary>
    public static DateTimeOffset? Parse(string? text) => ParseAsWritten(text)?.ToUniversalTime();

    private static DateTimeOffset? ParseAsWritten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)) return null;
        if (parsed.Kind == DateTimeKind.Unspecified) return new DateTimeOffset(parsed, RegistryClock.VietnamOffset);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) ? withOffset : null;
    }

    public static DateTimeOffset In(DateTimeOffset at) => at.ToOffset(RegistryClock.VietnamOffset);

    /// <summary>"09:00 ngày 10/12/2026": how Vietnamese writes a moment.</summary>
    public static string Vietnamese(DateTimeOffset at) =>
        In(at).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"10/12/2026 09:00" for lists.</summary>
    public static string Short(DateTimeOffset at) => In(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value a datetime-local input shows.</summary>
    public static string Input(DateTimeOffset at) => In(at).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
