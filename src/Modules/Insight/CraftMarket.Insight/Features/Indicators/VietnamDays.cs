namespace CraftMarket.Insight.Features.Indicators;

/// <summary>Vietnam dates (UTC+7, no daylight saving) and the instants that bound them, in UTC.</summary>
public static class VietnamDays
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateOnly Today(DateTimeOffset now) => DateOf(now);

    /// <summary>The first instant of <paramref name="date"/> in Vietnam, in UTC.</summary>
    public static DateTimeOffset Start(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>The first instant after <paramref name="date"/> in Vietnam (exclusive end), in UTC.</summary>
    public static DateTimeOffset End(DateOnly date) => Start(date.AddDays(1));
}
