using CraftMarket.Inquiries.Domain;

namespace CraftMarket.Inquiries.Pages.Quotes;

/// <summary>A quote's status as words (keys of the i18n files; the buyer's page has its own in Pages/Buyers).</summary>
internal static class QuoteStatusText
{
    public static string Of(QuoteStatus status) => status switch
    {
        QuoteStatus.Sent => "Open for acceptance",
        QuoteStatus.Superseded => "Replaced by a later version",
        QuoteStatus.Accepted => "Quote accepted",
        QuoteStatus.Expired => "Quote expired",
        _ => "Quote closed",
    };
}
