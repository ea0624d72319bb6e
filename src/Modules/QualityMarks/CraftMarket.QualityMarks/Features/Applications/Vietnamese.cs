using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>
/// Households and inspectors read this part's pages in Vietnamese whatever the address says: a
/// use case's English error, translated from the module's texts (Features/Applications/i18n).
/// A refused file's message ("photo.jpg: reason") keeps the file's name and translates the reason.
/// </summary>
internal static class Vietnamese
{
    public static Error Of(Error error, ModuleText<QualityMarksText> t) => In(error, t, "vi");

    /// <summary>For staff pages: the page's own language.</summary>
    public static Error InPageLanguage(Error error, ModuleText<QualityMarksText> t) => In(error, t, Ui.Language);

    private static Error In(Error error, ModuleText<QualityMarksText> t, string language) => error with
    {
        Message = Say(error.Message, t, language),
        Fields = error.Fields?.ToDictionary(f => f.Key, f => f.Value.Select(m => Say(m, t, language)).ToArray(), StringComparer.Ordinal),
    };

    private static string Say(string message, ModuleText<QualityMarksText> t, string language)
    {
        var whole = t.Translate(message, language);
        if (whole != message) return whole;
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? $"{message[..(colon + 2)]}{t.Translate(message[(colon + 2)..], language)}" : message;
    }
}
