using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Features.Offers;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Inquiries.Pages.Offers;

/// <summary>How the household's pages say an offer's state and a refusal: in Vietnamese, whatever the address's language.</summary>
internal static class OfferWords
{
    public static string Status(OfferDto offer, ModuleText<InquiriesText> t) => offer.Status switch
    {
        ShareStatus.Offered when offer.CanAnswer => t.Translate("Offer status: waiting for your answer", "vi"),
        ShareStatus.Offered => t.Translate("Offer status: closed without an answer", "vi"),
        ShareStatus.Accepted => t.Translate("Offer status: you accepted", "vi"),
        ShareStatus.Declined => t.Translate("Offer status: you declined", "vi"),
        ShareStatus.Countered => t.Translate("Offer status: you proposed a change", "vi"),
        ShareStatus.Withdrawn when offer.AnswerNote == Share.ExpiredNote => t.Translate("Offer status: expired without an answer", "vi"),
        _ => t.Translate("Offer status: withdrawn by the association", "vi"),
    };

    /// <summary>The use case's English message and field messages, in Vietnamese.</summary>
    public static IEnumerable<string> Of(Error error, ModuleText<InquiriesText> t) => In(error, t, "vi");

    /// <summary>For the desk's page: the page's own language (Vietnamese translations are there).</summary>
    public static IEnumerable<string> InPageLanguage(Error error, ModuleText<InquiriesText> t) => In(error, t, Ui.Language);

    private static IEnumerable<string> In(Error error, ModuleText<InquiriesText> t, string language) =>
        (error.Fields is { Count: > 0 } fields ? fields.Values.SelectMany(m => m) : [error.Message]).Distinct(StringComparer.Ordinal)
            .Select(m => t.Translate(m, language));
}
