using CraftMarket.Catalogue.Contracts;

namespace CraftMarket.Catalogue.Pages;

/// <summary>Statuses as people read them (the English key of the translation).</summary>
internal static class ProductStatusText
{
    public static string Of(ProductStatus status) => status switch
    {
        ProductStatus.Draft => "Draft",
        ProductStatus.Submitted => "Waiting for review",
        ProductStatus.ChangesRequested => "Changes requested",
        ProductStatus.Published => "Published",
        _ => "Archived",
    };
}
