using System.Globalization;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Inquiries.Pages.Desk;

/// <summary>How the desk's pages write statuses, times and waits (Vietnam time: the association's clock).</summary>
internal static class DeskWords
{
    public static string Status(InquiryStatus status) => status switch
    {
        InquiryStatus.New => "New",
        InquiryStatus.Allocating => "Allocating",
        InquiryStatus.Quoted => "Quoted",
        InquiryStatus.Accepted => "Accepted",
        InquiryStatus.Declined => "Declined",
        InquiryStatus.Expired => "Expired",
        _ => "Withdrawn",
    };

    public static string Time(DateTimeOffset at) =>
        at.ToOffset(VietnamCalendar.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2 d 5 h", "3 h 10 min", "12 min" in the page's language.</summary>
    public static string Duration(int minutes, Ui t)
    {
        var span = TimeSpan.FromMinutes(minutes);
        if (span.TotalDays >= 1) return t.Format("{0} d {1} h", (int)span.TotalDays, span.Hours);
        if (span.TotalHours >= 1) return t.Format("{0} h {1} min", (int)span.TotalHours, span.Minutes);
        return t.Format("{0} min", span.Minutes);
    }
}
