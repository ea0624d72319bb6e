using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Web.Localization;
using CraftMarket.Web.Pages.Landing;
using CraftMarket.Web.Theming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Pages;

/// <summary>
/// "/": a village's home on its own host (hero, facts, the catalogue's highlights), or on the
/// platform host the cross-village landing page (ADR 0082): villages grouped by province and by
/// craft, a finder, one page of villages at a time and the newest products of those on the page,
/// read through the catalogue's cross-tenant gateway. Its size does not grow with the number of villages.
/// </summary>
[StorefrontPage(VaryByQuery = [ProvinceQuery, CraftQuery, FindQuery, PageQuery], WholeNumbers = [PageQuery])]
internal sealed class IndexModel(ITenantDirectory directory, ITenantContext tenant, TenantLinks links, IServiceProvider services) : PageModel
{
    public const int FeaturedPerVillage = 1;
    public const string ProvinceQuery = "province";
    public const string CraftQuery = "craft";
    public const string FindQuery = "find";
    public const string PageQuery = "p";

    [BindProperty(SupportsGet = true, Name = ProvinceQuery)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = CraftQuery)] public string? Craft { get; set; }
    [BindProperty(SupportsGet = true, Name = FindQuery)] public string? Find { get; set; }
    [BindProperty(SupportsGet = true, Name = PageQuery)] public int PageNumber { get; set; } = 1;

    public ResolvedTenant? Village => directory.SettingsOf(tenant);
    public VillageListing Listing { get; private set; } = null!;
    public IReadOnlyList<StorefrontCard> Featured { get; private set; } = [];

    /// <summary>The village's site in the reader's language when the village speaks it (another host: no cookie carries the choice).</summary>
    public string VillageHome(ResolvedTenant village)
    {
        var language = CraftMarket.SharedKernel.Localization.RequestLanguage.Of(HttpContext);
        return language.FromUrl && village.SupportedLanguages.Contains(language.Code) ? $"{links.HomeOf(village)}{language.Code}/" : links.HomeOf(village);
    }

    /// <summary>
    /// This page with the given choices (null drops one), on page 1 unless <paramref name="page"/> says
    /// otherwise; only the names the page declares, in one spelling, so links share the kept entries.
    /// </summary>
    public string Link(string? province, string? craft, string? find, int page = 1)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (province is not null) query.Add(new(ProvinceQuery, province));
        if (craft is not null) query.Add(new(CraftQuery, craft));
        if (!string.IsNullOrWhiteSpace(find)) query.Add(new(FindQuery, find));
        if (page > 1) query.Add(new(PageQuery, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.PathBase + Request.Path + QueryString.Create(query);
    }

    /// <summary>The current choices on another page of villages.</summary>
    public string PageLink(int page) => Link(Listing.Province?.Code, Listing.Craft?.Code, Listing.Find, page);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Village is not null) return;
        Listing = VillageListing.Of(directory.All, Province, Craft, Find, PageNumber);
        // Both come from modules that may not be installed in every build (Media lands later): optional.
        if (services.GetService<ICrossVillageCatalogue>() is not { } catalogue || Listing.Villages.Count == 0) return;
        var products = await catalogue.FeaturedAsync([.. Listing.Villages.Select(v => v.Id)], FeaturedPerVillage, ct);
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
