using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Integrations.Pages.Admin.Integrations.Webhooks;

/// <summary>The use cases answer in English (the API's language); the pages show each message in the page's language (the messages are keys of the i18n files).</summary>
internal static class WebhookPageText
{
    public static IReadOnlyList<string> Messages(Error error, Ui texts) =>
        error.Fields is { Count: > 0 } fields ? [.. fields.SelectMany(f => f.Value).Select(m => texts[m])] : [texts[error.Message]];

    public static string Status(string status) => status switch
    {
        "pending" => "Waiting to be sent",
        "succeeded" => "Delivered",
        "failed" => "Failed",
        _ => status,
    };
}
