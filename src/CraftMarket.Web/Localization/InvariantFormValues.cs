using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CraftMarket.Web.Localization;

/// <summary>
/// Posted forms are read with the invariant culture, whatever the page's language. A number input
/// sends "12.5" and a date input "2026-12-06" in every browser and language, but MVC reads form
/// values with the request culture: in Vietnamese and French, where "." groups thousands, 12.5 cm
/// became 125 cm. The form fields people type numbers into are all number inputs, so nothing is
/// lost; text a person writes in their own notation is parsed by the use case, not the binder.
/// </summary>
internal static class InvariantFormValues
{
    public static void Use(MvcOptions options)
    {
        var index = options.ValueProviderFactories.IndexOf(options.ValueProviderFactories.OfType<FormValueProviderFactory>().Single());
        options.ValueProviderFactories[index] = new Factory();
    }

    private sealed class Factory : IValueProviderFactory
    {
        private readonly FormValueProviderFactory inner = new();

        public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
        {
            // The framework's factory reads the form (and turns a malformed body into a 400); only its culture changes.
            var added = context.ValueProviders.Count;
            await inner.CreateValueProviderAsync(context);
            for (var i = added; i < context.ValueProviders.Count; i++)
                if (context.ValueProviders[i] is FormValueProvider)
                    context.ValueProviders[i] = new FormValueProvider(BindingSource.Form, await context.ActionContext.HttpContext.Request.ReadFormAsync(), CultureInfo.InvariantCulture);
        }
    }
}
