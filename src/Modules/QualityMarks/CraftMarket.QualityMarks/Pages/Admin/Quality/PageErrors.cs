using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality;

/// <summary>
/// The use cases answer in English (the API's language); a staff page shows each message in the
/// page's language where the module translates it (the messages are keys of the i18n files).
/// </summary>
internal static class PageErrors
{
    public static Error InPageLanguage(this Error error, Ui texts) => error with
    {
        Message = texts[error.Message],
        Fields = error.Fields?.ToDictionary(f => f.Key, f => f.Value.Select(m => texts[m]).ToArray(), StringComparer.Ordinal),
    };
}
