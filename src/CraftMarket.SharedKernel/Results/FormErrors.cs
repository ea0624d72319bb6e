using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CraftMarket.SharedKernel.Results;

/// <summary>
/// The one way a page shows a failed use case: each field error next to the input it is about,
/// anything without a field above the form. Use cases name fields as the API does ("displayName",
/// "capacities[2].unit"); a page's inputs are bound as "Form.DisplayName". The default mapping
/// takes the first segment in PascalCase; a form with its own layout passes <c>inputOf</c>.
/// </summary>
public static class FormErrors
{
    public static void AddErrors(this ModelStateDictionary state, Error error, string prefix = "", Func<string, string>? inputOf = null)
    {
        if (error.Fields is not { Count: > 0 } fields)
        {
            state.AddModelError("", error.Message);
            return;
        }
        foreach (var (field, messages) in fields)
        {
            var input = field.Length == 0 ? "" : inputOf?.Invoke(field) ?? InputOf(field);
            var key = prefix.Length == 0 || input.Length == 0 ? input : $"{prefix}.{input}";
            // A row's error shown on the whole list's input (a text box of lines) must say which row it means.
            var namesRow = field.Contains('[', StringComparison.Ordinal) && !key.Contains('[', StringComparison.Ordinal);
            foreach (var message in messages) state.AddModelError(key, namesRow ? $"{field}: {message}" : message);
        }
    }

    /// <summary>"displayName" → "DisplayName"; "capacities[2].unit" and "name.en" → their list's or object's input.</summary>
    public static string InputOf(string field) => Pascal(field.Split('[', '.')[0]);

    public static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
