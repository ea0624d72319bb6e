using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Pages.WorkOrders;

/// <summary>How the work-order pages say a state, a history line and a refusal: Vietnamese on the household's phone, the page's language on the desk's.</summary>
internal static partial class WorkOrderWords
{
    public static string State(WorkOrderState state, ModuleText<OrdersText> t, string language) => t.Translate(state switch
    {
        WorkOrderState.Assigned => "Work state: not started",
        WorkOrderState.Started => "Work state: in progress",
        WorkOrderState.ReadyForInspection => "Work state: waiting for inspection",
        WorkOrderState.Rework => "Work state: rework asked",
        WorkOrderState.Inspected => "Work state: inspected",
        _ => "Work state: cancelled",
    }, language);

    public static string Update(string kind, ModuleText<OrdersText> t, string language) => t.Translate(kind switch
    {
        "Issued" => "Work history: issued",
        "Started" => "Work history: started",
        "Progress" => "Work history: progress",
        "Ready" => "Work history: ready for inspection",
        "Problem" => "Work history: problem",
        "Delay" => "Work history: delay",
        "ProblemCleared" => "Work history: problem dealt with",
        "Inspected" => "Work history: inspected",
        _ => "Work history: cancelled",
    }, language);

    /// <summary>The use case's English messages (field messages first), translated; numbers in them are put back after translation.</summary>
    public static IReadOnlyList<string> Of(Error error, ModuleText<OrdersText> t, string language) =>
        [.. (error.Fields is { Count: > 0 } fields ? fields.Values.SelectMany(m => m) : [error.Message]).Distinct(StringComparer.Ordinal)
            .Select(m => Translate(m, t, language))];

    /// <summary>Messages with a number in them ("between 0 and 200") are translated by their pattern, with the numbers as arguments.</summary>
    private static string Translate(string message, ModuleText<OrdersText> t, string language)
    {
        var numbers = Digits().Matches(message).Select(m => m.Value).ToArray();
        if (numbers.Length == 0) return t.Translate(message, language);
        var index = 0;
        var pattern = Digits().Replace(message, _ => "{" + index++ + "}");
        var translated = t.Translate(pattern, language);
        return string.Equals(translated, pattern, StringComparison.Ordinal) ? message
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, translated, numbers);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Digits();
}
