using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue.Pages.Storefront;

/// <summary>What the village's home page shows of its catalogue: the categories with their counts and the newest products.</summary>
public sealed record HighlightsView(IReadOnlyList<CategoryLink> Categories, IReadOnlyList<StorefrontCard> Featured, int ProductCount);

public sealed record CategoryLink(string Url, Localized Name, int Count);

/// <summary>
/// The catalogue's part of the tenant home page, which the host renders (it owns the route "/").
/// A view component so the host needs no catalogue internals: <c>Component.InvokeAsync("CatalogueHighlights")</c>.
/// </summary>
/// <remarks>
/// MVC finds only public view components, and a public constructor cannot take the catalogue's
/// internal handler, so the request's services are asked for it here.
/// </remarks>
public sealed class CatalogueHighlightsViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int featured = 8)
    {
        var services = HttpContext.RequestServices;
        if (!services.GetRequiredService<ITenantContext>().HasTenant) return Content("");
        var catalogue = services.GetRequiredService<BrowseCatalogue>();
        var photos = services.GetServices<IProductPhotos>();
        var ct = HttpContext.RequestAborted;
        var categories = await catalogue.Categories(ct);
        var cards = await new StorefrontCards(photos, services.GetServices<CraftMarket.QualityMarks.Contracts.IQualityMarkBadges>()).FromListingAsync(await catalogue.Featured(featured, ct), DisplayPrices.Of(HttpContext), HttpContext.Request.PathBase, ct);
        var links = categories.Where(c => c.PublishedCount > 0)
            .Select(c => new CategoryLink($"{HttpContext.Request.PathBase}/products?category={c.Id}", Localized.Pick(c.Name, Ui.Language), c.PublishedCount)).ToList();
        return View("/Pages/Storefront/_Highlights.cshtml", new HighlightsView(links, cards, categories.Sum(c => c.PublishedCount)));
    }
}
