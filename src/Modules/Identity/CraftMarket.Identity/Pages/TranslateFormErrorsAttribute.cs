using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Pages;

/// <summary>
/// Puts a page's form errors into the reader's language before it renders. The errors come from
/// validation attributes and from the features' <c>Result</c> errors, which are English because
/// the JSON API answers with the same ones; the English text is the key, as everywhere in Ui.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class TranslateFormErrorsAttribute : Attribute, IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context) { }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        var t = context.HttpContext.RequestServices.GetRequiredService<ModuleText<IdentityText>>();
        foreach (var entry in context.ModelState.Values)
        {
            if (entry.Errors.Count == 0) continue;
            var errors = entry.Errors.ToList();
            entry.Errors.Clear();
            foreach (var error in errors)
                if (error.Exception is null) entry.Errors.Add(t[error.ErrorMessage]);
                else entry.Errors.Add(error);
        }
    }
}
