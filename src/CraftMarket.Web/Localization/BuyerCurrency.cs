using System.Globalization;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Localization;

/// <summary>
/// The currency the buyer reads prices in and the ones offered here (the base currency first, always).
/// <paramref name="UrlDecides"/>: the address alone gives this currency (it names it, or it is the one
/// the page's language and the offer give anyone without a cookie), so a shared cache keyed by the
/// address may keep the page (ADR 0078); false when the buyer's currency cookie chose another.
/// </summary>
internal sealed record BuyerCurrency(string Code, IReadOnlyList<string> Choices, bool UrlDecides = true)
{
    public static BuyerCurrency Of(HttpContext context) =>
        context.Features.Get<BuyerCurrency>() ?? new(DisplayPrices.PlatformCurrency.Code, [DisplayPrices.PlatformCurrency.Code]);

    /// <summary>
    /// The currency the address itself names (<c>?currency=eur</c> → "EUR"), when it is one offered
    /// here; null for none or junk, which the page treats as no choice at all. Links and the page
    /// cache's key use this, never the raw text.
    /// </summary>
    public static string? FromUrl(HttpContext context)
    {
        var asked = context.Request.Query[SiteLanguages.CurrencyQuery].ToString();
        return asked.Length == 0 ? null : Of(context).Choices.FirstOrDefault(c => c.Equals(asked, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Prices of one association in this currency at its own dated rates (the platform page shows several).</summary>
    public DisplayPrices PricesOf(ResolvedTenant? tenant, CultureInfo culture) => tenant is null
        ? new(DisplayPrices.PlatformCurrency, null, culture)
        : new(tenant.PriceCurrency, tenant.DisplayRate(Code), culture);
}

/// <summary>
/// Chooses the display currency: <c>?currency=</c> (remembered in a cookie), else the cookie, else
/// the currency readers of the page's language usually think in, when offered; VND otherwise.
/// Runs after the language is settled. An association's rates apply only on its own pages.
/// </summary>
internal sealed class DisplayCurrencyMiddleware(RequestDelegate next, ITenantDirectory directory)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<BuyerCurrency>() is not null) return next(context);   // status page re-execution
        var tenant = directory.SettingsOf(context.RequestServices.GetRequiredService<ITenantContext>());
        IEnumerable<string> offered = tenant is not null
            ? tenant.DisplayCurrencies.Select(c => c.Code)
            : directory.All.Where(v => v.IsActive).SelectMany(v => v.DisplayCurrencies.Select(c => c.Code)).Distinct().Order();
        var baseCode = (tenant?.PriceCurrency ?? DisplayPrices.PlatformCurrency).Code;
        List<string> choices = [baseCode, .. offered.Where(c => c != baseCode)];

        var request = context.Request;
        var code = Valid(request.Query[SiteLanguages.CurrencyQuery].ToString(), choices);
        if (code is not null && request.Cookies[SiteLanguages.CurrencyCookie] != code)
            context.Response.Cookies.Append(SiteLanguages.CurrencyCookie, code, new CookieOptions
            {
                Path = "/", HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax,
                Secure = request.IsHttps, MaxAge = TimeSpan.FromDays(365),
            });
        // What the address alone gives: the currency it names, else the language's usual one, else the base.
        var fromAddress = code ?? Valid(SiteLanguages.PreferredCurrency(RequestLanguage.Of(context).Code), choices) ?? baseCode;
        code ??= Valid(request.Cookies[SiteLanguages.CurrencyCookie], choices) ?? fromAddress;

        // Indicative prices follow the cookie, and unprefixed pages' language too: the response's Vary
        // and Cache-Control say so (SharedCacheHeaders, ADR 0078).
        var currency = new BuyerCurrency(code, choices, code == fromAddress);
        context.Features.Set(currency);
        var culture = CultureInfo.CurrentCulture;
        context.Features.Set(currency.PricesOf(tenant, culture));
        // Cross-village pages (search) convert each village's prices at its own rates, in this reader's culture.
        context.Features.Set(new VillagePrices(slug => tenant is null && directory.FindBySlug(slug) is { IsActive: true } village
            ? currency.PricesOf(village, culture) : null));
        return next(context);
    }

    private static string? Valid(string? code, List<string> choices) =>
        string.IsNullOrEmpty(code) ? null : choices.FirstOrDefault(c => c.Equals(code, StringComparison.OrdinalIgnoreCase));
}
