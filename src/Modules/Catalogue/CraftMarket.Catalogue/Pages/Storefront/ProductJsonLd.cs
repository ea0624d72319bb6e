using CraftMarket.SharedKernel.Seo;
using System.Text.Json.Nodes;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Pictures;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Catalogue.Pages.Storefront;

/// <summary>schema.org Product with its Offer: price in VND (what the association quotes), the MOQ as eligible quantity, the breaks as price specifications.</summary>
internal static class ProductJsonLd
{
    /// <param name="origin">Scheme and host ("https://battrang.craftmarket.vn"), for photo URLs that are site-relative.</param>
    public static JsonObject For(PublishedProduct p, string url, string language, ResolvedTenant? village, IReadOnlyList<PictureView> photos, string origin)
    {
        var product = JsonLd.Thing("Product");
        product["name"] = Localized.Pick(p.Name, language).Text;
        product["description"] = Localized.Pick(p.Description, language).Text;
        product["url"] = url;
        if (p.Sku.Length > 0) product["sku"] = p.Sku;
        product["category"] = Localized.Pick(p.CategoryName, language).Text;
        if (p.Material.Count > 0) product["material"] = Localized.Pick(p.Material, language).Text;
        if (p.Colours.Count > 0) product["color"] = string.Join(", ", p.Colours);
        if (p.WeightGrams is { } grams) product["weight"] = Quantity(grams, "GRM");
        product["countryOfOrigin"] = new JsonObject { ["@type"] = "Country", ["name"] = "VN" };
        if (photos.Count > 0) product["image"] = new JsonArray([.. photos.Select(ph => (JsonNode)(ph.FallbackUrl.StartsWith('/') ? origin + ph.FallbackUrl : ph.FallbackUrl))]);
        if (village is not null) product["brand"] = new JsonObject { ["@type"] = "Brand", ["name"] = village.BrandName };

        var offer = new JsonObject
        {
            ["@type"] = "Offer",
            ["url"] = url,
            // A JSON number in major units, as schema.org reads prices (exact: decimal, never a float).
            ["price"] = p.BasePrice.Major,
            ["priceCurrency"] = p.BasePrice.Currency.Code,
            // Made by households after the order is agreed: nothing sits in a warehouse.
            ["availability"] = "https://schema.org/MadeToOrder",
            ["eligibleQuantity"] = Quantity(p.MinimumOrderQuantity, p.Unit.UnCode, minimum: true),
            ["priceSpecification"] = new JsonArray([.. p.PriceBreaks.OrderBy(b => b.MinQuantity).Select(b => (JsonNode)new JsonObject
            {
                ["@type"] = "UnitPriceSpecification",
                ["price"] = b.UnitPrice.Major,
                ["priceCurrency"] = b.UnitPrice.Currency.Code,
                // The price is for one unit of sale (a metre of silk), the quantity counts in it too.
                ["unitCode"] = p.Unit.UnCode,
                ["eligibleQuantity"] = Quantity(b.MinQuantity, p.Unit.UnCode, minimum: true),
            })]),
        };
        if (village is not null) offer["seller"] = new JsonObject { ["@type"] = "Organization", ["name"] = village.NameEn };
        product["offers"] = offer;
        return product;
    }

    /// <summary>UN/ECE Rec. 20 codes: the product's unit of sale (H87 piece, MTR metre...), GRM gram.</summary>
    private static JsonObject Quantity(int value, string unit, bool minimum = false) => new()
    {
        ["@type"] = "QuantitativeValue",
        [minimum ? "minValue" : "value"] = value,
        ["unitCode"] = unit,
    };
}
