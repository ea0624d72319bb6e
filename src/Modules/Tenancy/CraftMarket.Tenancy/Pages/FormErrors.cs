using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CraftMarket.Tenancy.Pages;

internal static class FormErrors
{
    /// <summary>Puts a use case's field errors next to the form fields (prefix e.g. "Form" or "Form.Brand").</summary>
    public static void AddTo(this Error error, ModelStateDictionary state, string prefix, string brandPrefix)
    {
        if (error.Fields is null) { state.AddModelError("", error.Message); return; }
        foreach (var (field, messages) in error.Fields)
        {
            var key = BrandFields.Contains(field) ? $"{brandPrefix}.{Pascal(field)}" : $"{prefix}.{Pascal(field)}";
            foreach (var m in messages) state.AddModelError(key, m);
        }
    }

    private static readonly HashSet<string> BrandFields = ["brandName", "tagline", "themeName", "primaryColor", "accentColor", "backgroundColor", "textColor", "headingFont", "bodyFont", "logoUrl"];
    private static string Pascal(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
