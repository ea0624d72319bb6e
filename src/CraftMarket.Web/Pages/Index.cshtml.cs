using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Web.Localization;
using CraftMarket.Web.Theming;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Pages;

/// <summary>
/// "/": a village's home on its own host (hero, facts, the catalogue's highlights), or on the
/// platform host the cross-village landing page: every active village and some of each one's
/// newest products, read through the catalogue's cross-tenant gateway.
/// </summary>
[StorefrontPage]
internal sealed class IndexModel(ITenantDirectory directory, ITenantContext tenant, TenantLinks links, IServiceProvider services) : PageModel
{
    public const int FeaturedPerVillage = 2;

    public ResolvedTenant? Village => directory.SettingsOf(tenant);
    public IReadOnlyList<ResolvedTenant> Villages { get; private set; } = [];
    public IReadOnlyList<StorefrontCard> Featured { get; private set; } = [];

    /// <summary>The village's site in the reader's language when the village speaks it (another host: no cookie carries the choice).</summary>
    public string VillageHome(ResolvedTenant village)
    {
        var language = CraftMarket.SharedKernel.Localization.RequestLanguage.Of(HttpContext);
        return language.FromUrl && village.SupportedLanguages.Contains(language.Code) ? $"{links.HomeOf(village)}{language.Code}/" : links.HomeOf(village);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Village is not null) return;
        Villages = [.. directory.All.Where(t => t.IsActive)];
        // Both come from modules that may not be installed in every build (Media lands later): optional.
        if (services.GetService<ICrossVillageCatalogue>() is not { } catalogue) return;
        var products = await catalogue.FeaturedAsync(FeaturedPerVillage, ct);
        var covers = services.GetService<IProductPhotos>() is { } photos && products.Count > 0
            ? await photos.ForProductsAsync([.. products.Select(p => p.Id)], ct)
            : new Dictionary<ProductId, ProductGallery>();
        var currency = BuyerCurrency.Of(HttpContext);
        Featured = [.. products.Select(p => directory.FindById(p.TenantId) is { IsActive: true } village
                ? StorefrontCard.FromPublished(p, VillageHome(village), village.BrandName,
                    currency.PricesOf(village, System.Globalization.CultureInfo.CurrentCulture), covers.GetValueOrDefault(p.Id)?.Cover)
                : null)
            .OfType<StorefrontCard>()];
    }
}
