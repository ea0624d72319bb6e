namespace CraftMarket.Notifications.Features.Centre;

/// <summary>Quiet hours and digests are kept in Vietnam time (UTC+7, no daylight saving), whatever the server's zone.</summary>
internal static class VietnamClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(Offset);

    public static TimeOnly TimeOf(DateTimeOffset at) => TimeOnly.FromDateTime(Local(at).DateTime);

    /// <summary>The instant (UTC) of <paramref name="time"/> Vietnam time on <paramref name="date"/>.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new DateTimeOffset(date.ToDateTime(time), Offset).ToUniversalTime();

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Moment(DateTimeOffset at) => Local(at).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
