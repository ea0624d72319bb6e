using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Catalogue.Pages.Storefront;

/// <summary>
/// Turns the catalogue's cards and snapshots into what storefront pages render: the reader's
/// language, the buyer's currency, and the cover photo when Media has one (Media is optional: with
/// no <see cref="IProductPhotos"/> registered, or no photo yet, cards show their placeholder), and the
/// genuine mark's badge while a certificate covers the product (the registry is optional too).
/// </summary>
internal sealed class StorefrontCards(IEnumerable<IProductPhotos> photoSources, IEnumerable<IQualityMarkBadges>? markSources = null)
{
    public async Task<IReadOnlyDictionary<ProductId, ProductGallery>> GalleriesAsync(IReadOnlyCollection<ProductId> ids, CancellationToken ct)
    {
        if (ids.Count == 0 || photoSources.FirstOrDefault() is not { } photos) return new Dictionary<ProductId, ProductGallery>();
        return await photos.ForProductsAsync(ids, ct);
    }

    /// <param name="pathBase">The request's PathBase (village path form, language): links are written resolved, as "~/" is resolved only in literal markup.</param>
    public async Task<IReadOnlyList<StorefrontCard>> FromListingAsync(IReadOnlyList<ProductCard> cards, DisplayPrices prices, PathString pathBase, CancellationToken ct)
    {
        var galleries = await GalleriesAsync([.. cards.Select(c => c.Id)], ct);
        var language = Ui.Language;
        var marks = cards.Count > 0 && markSources?.FirstOrDefault() is { } badges
            ? await badges.ForProductsAsync([.. cards.Select(c => c.Id)], language, ct)
            : new Dictionary<ProductId, IReadOnlyList<MarkBadge>>();
        return [.. cards.Select(c => new StorefrontCard(
            c.Id, pathBase + ProductPaths.Of(c.Id, c.Name), ProductPaths.Of(c.Id, c.Name), Localized.Pick(c.Name, language), Localized.Pick(c.CategoryName, language),
            c.Material.Count > 0 ? Localized.Pick(c.Material, language) : null,
            prices.FormatBase(c.BasePrice), prices.FormatIndicative(c.BasePrice),
            c.LowestPrice < c.BasePrice ? prices.FormatBase(c.LowestPrice) : null,
            c.MinimumOrderQuantity, c.LeadTimeDays, galleries.GetValueOrDefault(c.Id)?.Cover, null,
            marks.GetValueOrDefault(c.Id) is [var mark, ..] ? new Localized(mark.Name, mark.NameLanguage) : null)
            { Unit = CraftMarket.SharedKernel.Trade.UnitOfSale.FromCode(c.Unit) })];
    }
}
