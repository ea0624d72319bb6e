using System.Globalization;

namespace CraftMarket.Notifications.Pages.Inbox;

/// <summary>How the list shows a notification's link and time: only site-relative links, times in Vietnam.</summary>
internal static class InboxLinks
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>"/account/work-orders/…" yes; "//elsewhere", "https://…", "javascript:" never (the link is written by the centre, but a page never trusts it).</summary>
    public static bool IsSafe(string? link) =>
        link is { Length: > 1 } && link[0] == '/' && link[1] != '/' && link[1] != '\\' && !link.Any(char.IsWhiteSpace);

    /// <summary>Vietnam time, day first: "07/12/2026 14:05".</summary>
    public static string Moment(DateTimeOffset at) => at.ToOffset(Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
