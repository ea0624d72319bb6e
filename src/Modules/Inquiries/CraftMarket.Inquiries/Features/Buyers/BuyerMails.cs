using System.Globalization;
using System.Text;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>One e-mail, ready to send.</summary>
internal sealed record Mail(string To, string Subject, string Body);

/// <summary>
/// The words of the e-mails about an inquiry: to the buyer in their language (en, fr, ja, vi; keys
/// in English, translations in this folder's i18n files), and to the export desk in Vietnamese when
/// the buyer writes. Only what the buyer may read goes in: the status, a desk message (never an
/// internal note: the caller passes only a message the buyer sees), a quote's total and validity.
/// </summary>
internal sealed class BuyerMails(ModuleText<InquiriesText> t)
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "ja", "vi"];

    public static string LanguageOf(string? language) =>
        language is { Length: >= 2 } && Languages.Contains(language[..2].ToLowerInvariant()) ? language[..2].ToLowerInvariant() : "en";

    /// <summary>The buyer's e-mail for <paramref name="e"/>, or null for a change the buyer is not told of (their own message).</summary>
    public Mail? ToBuyer(InquiryChanged e, Inquiry inquiry, ResolvedTenant village, string link, InquiryMessage? deskMessage, Quote? quote)
    {
        var language = LanguageOf(inquiry.Buyer.Language);
        var culture = CultureInfo.GetCultureInfo(language);
        var name = BuyerInquiryReads.VillageName(village, language);
        string F(string key, params object?[] args) => string.Format(culture, t.Translate(key, language), args);

        var body = new StringBuilder();
        body.AppendLine(F("Hello {0},", inquiry.Buyer.Name)).AppendLine();
        string subject;
        switch (e.Change)
        {
            case InquiryChange.Submitted:
                subject = F("We received your inquiry {0} ({1})", inquiry.Number, name);
                body.AppendLine(F("{0} received your inquiry {1}.", name, inquiry.Number));
                body.AppendLine(InquiryStatusWords.Next(InquiryStatus.New, t, language));
                break;
            case InquiryChange.StatusChanged:
                subject = F("Inquiry {0} ({1}): {2}", inquiry.Number, name, InquiryStatusWords.Name(e.Status, t, language));
                body.AppendLine(F("The status of your inquiry {0} is now: {1}.", inquiry.Number, InquiryStatusWords.Name(e.Status, t, language)));
                body.AppendLine(InquiryStatusWords.Next(e.Status, t, language));
                break;
            case InquiryChange.DeskMessage:
                subject = F("New message about inquiry {0} ({1})", inquiry.Number, name);
                body.AppendLine(F("The export desk of {0} wrote to you about inquiry {1}:", name, inquiry.Number)).AppendLine();
                if (deskMessage is { IsInternal: false, Author: MessageAuthor.Desk } m) body.AppendLine(Quoted(m.Body));
                break;
            case InquiryChange.QuoteSent:
                subject = F("Quote version {0} for inquiry {1} ({2})", e.QuoteVersion ?? quote?.Version ?? 1, inquiry.Number, name);
                body.AppendLine(F("{0} sent you version {1} of its quote for inquiry {2}.", name, e.QuoteVersion ?? quote?.Version ?? 1, inquiry.Number));
                if (quote is not null)
                    body.AppendLine(F("Total: {0}. Valid until {1}.", quote.Total.Format(culture), quote.ValidUntil.ToString("d", culture)));
                body.AppendLine(InquiryStatusWords.Next(InquiryStatus.Quoted, t, language));
                break;
            case InquiryChange.QuoteAccepted:
                subject = F("Quote accepted for inquiry {0} ({1})", inquiry.Number, name);
                body.AppendLine(F("You accepted version {0} of the quote for inquiry {1}. Thank you.", e.QuoteVersion ?? quote?.Version ?? 1, inquiry.Number));
                body.AppendLine(InquiryStatusWords.Next(InquiryStatus.Accepted, t, language));
                break;
            default:
                return null;
        }
        body.AppendLine().AppendLine(F("Open your inquiry: {0}", link));
        body.AppendLine().AppendLine(name);
        return new Mail(inquiry.Buyer.Email, subject, body.ToString());
    }

    /// <summary>The buyer wrote: the export desk is told, in Vietnamese (the association's staff read Vietnamese).</summary>
    public static Mail ToDesk(string deskEmail, Inquiry inquiry, InquiryMessage? buyerMessage, string link)
    {
        var body = new StringBuilder();
        var who = inquiry.Buyer.Company is { Length: > 0 } company ? $"{inquiry.Buyer.Name} ({company})" : inquiry.Buyer.Name;
        body.AppendLine(CultureInfo.InvariantCulture, $"Người mua {who} vừa gửi tin nhắn về yêu cầu báo giá {inquiry.Number}:").AppendLine();
        if (buyerMessage is { IsInternal: false, Author: MessageAuthor.Buyer } m) body.AppendLine(Quoted(m.Body)).AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"Xem và trả lời: {link}");
        return new Mail(deskEmail, $"Tin nhắn mới của người mua về yêu cầu {inquiry.Number}", body.ToString());
    }

    private static string Quoted(string text) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(l => "> " + l.TrimEnd('\r')));
}
