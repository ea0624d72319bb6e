using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CraftMarket.Tenancy.Pages;

internal static class TenantFormErrors
{
    /// <summary>Puts a use case's field errors next to the form fields (prefix e.g. "Form" or "Form.Brand").</summary>
    public static void AddTo(this Error error, ModelStateDictionary state, string prefix, string brandPrefix)
    {
        state.AddErrors(error, inputOf: field => $"{(BrandFields.Contains(field) ? brandPrefix : prefix)}.{FormErrors.InputOf(field)}");
    }

    private static readonly HashSet<string> BrandFields = ["brandName", "tagline", "themeName", "primaryColor", "accentColor", "backgroundColor", "textColor", "headingFont", "bodyFont", "logoUrl"];
}
