using CraftMarket.SharedKernel.Pictures;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>
/// A product card as the <c>_ProductCard</c> partial renders it, already in the reader's language
/// and currency. In the contracts because themes override the partial and are compiled into the
/// host, whose pages and views may use modules' contracts only (ArchitectureTests).
/// </summary>
/// <param name="Url">The link as written in the page: the request's PathBase and the product path, or absolute to another village's site.</param>
/// <param name="AppPath">The product path within its village (<c>/products/{id}/{slug}</c>), for canonical URLs.</param>
/// <param name="Mark">The genuine mark the product carries right now (its name), shown as a small badge; null without one.</param>
/// <param name="LowestPrice">The last price break's unit price, when it is below the base price.</param>
public sealed record StorefrontCard(
    ProductId Id,
    string Url,
    string AppPath,
    Localized Name,
    Localized Category,
    Localized? Material,
    string BasePrice,
    string? IndicativePrice,
    string? LowestPrice,
    int MinimumOrderQuantity,
    int LeadTimeDays,
    PictureView? Cover,
    string? Village = null,
    Localized? Mark = null)
{
    /// <summary>What the price and MOQ count in: "per metre", "MOQ 50 metres" (ADR 0073).</summary>
    public UnitOfSale Unit { get; init; } = UnitOfSale.Default;

    /// <summary>A published product of any village, linked on that village's own site (the platform landing page).</summary>
    public static StorefrontCard FromPublished(PublishedProduct p, string villageHome, string villageName, DisplayPrices prices, PictureView? cover)
    {
        var language = Ui.Language;
        var lowest = p.PriceBreaks.Aggregate(p.BasePrice, (min, b) => Money.Min(min, b.UnitPrice));
        return new StorefrontCard(
            p.Id, villageHome.TrimEnd('/') + ProductPaths.Of(p.Id, p.Name), ProductPaths.Of(p.Id, p.Name), Localized.Pick(p.Name, language), Localized.Pick(p.CategoryName, language),
            p.Material.Count > 0 ? Localized.Pick(p.Material, language) : null,
            prices.FormatBase(p.BasePrice), prices.FormatIndicative(p.BasePrice), lowest < p.BasePrice ? prices.FormatBase(lowest) : null,
            p.MinimumOrderQuantity, p.LeadTimeDays, cover, villageName) { Unit = p.Unit };
    }
}
