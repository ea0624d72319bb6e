using CraftMarket.SharedKernel.Localization;
using CraftMarket.Inquiries.Contracts;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>
/// What a status means to the buyer, in plain words, and what happens next: on the inquiry page and
/// in the e-mails (English keys; translations in this folder's i18n files). Literal keys, so the
/// translation tests see each of them.
/// </summary>
internal static class InquiryStatusWords
{
    public static string Name(InquiryStatus status, Ui t, string language) => status switch
    {
        InquiryStatus.New => t.Translate("Received", language),
        InquiryStatus.Allocating => t.Translate("Being prepared", language),
        InquiryStatus.Quoted => t.Translate("Quoted", language),
        InquiryStatus.Accepted => t.Translate("Quote accepted", language),
        InquiryStatus.Declined => t.Translate("Declined", language),
        InquiryStatus.Expired => t.Translate("Expired", language),
        InquiryStatus.Withdrawn => t.Translate("Withdrawn", language),
        _ => status.ToString(),
    };

    public static string Next(InquiryStatus status, Ui t, string language) => status switch
    {
        InquiryStatus.New => t.Translate("The association's export desk will read your request and answer you here, usually within two working days.", language),
        InquiryStatus.Allocating => t.Translate("The export desk is sharing your order among the village's workshops and checking what each can make by your date. A quote follows.", language),
        InquiryStatus.Quoted => t.Translate("A quote is ready. Read it and accept it before it expires, or write to the export desk to change something.", language),
        InquiryStatus.Accepted => t.Translate("You accepted a quote. The association will confirm the order and send the deposit invoice.", language),
        InquiryStatus.Declined => t.Translate("The association cannot take this request. The messages below say why; you may send a new inquiry at any time.", language),
        InquiryStatus.Expired => t.Translate("The quote expired before it was accepted. Write to the export desk if you would like a new one.", language),
        InquiryStatus.Withdrawn => t.Translate("You withdrew this inquiry. Nothing more will happen with it.", language),
        _ => "",
    };

    /// <summary>A quote version's status ("Sent", "Superseded", ...) for the buyer.</summary>
    public static string Quote(string status, Ui t, string language) => status switch
    {
        "Sent" => t.Translate("Open for acceptance", language),
        "Superseded" => t.Translate("Superseded by a later version", language),
        "Accepted" => t.Translate("Accepted", language),
        "Expired" => t.Translate("Expired", language),
        "Withdrawn" => t.Translate("Withdrawn", language),
        _ => status,
    };
}
