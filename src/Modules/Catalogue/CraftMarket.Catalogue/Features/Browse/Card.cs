using System.Linq.Expressions;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>The columns a product card needs, and nothing else: the listing's SELECT.</summary>
internal sealed record Card(
    ProductId Id, string Sku, string NameVi, string? NameEn, string? NameFr, string? NameJa, CategoryId CategoryId,
    Currency PriceCurrency, long BasePriceMinor, long LowestPriceMinor, int MinimumOrderQuantity, int LeadTimeDays,
    string? MaterialVi, string? MaterialEn, string? MaterialFr, string? MaterialJa, DateTimeOffset? PublishedAt, UnitOfSale Unit)
{
    public static readonly Expression<Func<Product, Card>> Columns = p => new Card(
        p.Id, p.Sku, p.NameVi, p.NameEn, p.NameFr, p.NameJa, p.CategoryId, p.PriceCurrency, p.BasePriceMinor, p.LowestPriceMinor,
        p.MinimumOrderQuantity, p.LeadTimeDays, p.MaterialVi, p.MaterialEn, p.MaterialFr, p.MaterialJa, p.PublishedAt, p.Unit);

    private static readonly IReadOnlyDictionary<string, string> NoText = new Dictionary<string, string>();

    public ProductCard ToCard(IReadOnlyDictionary<CategoryId, CategoryName> categories) => new(
        Id, Sku, LocalizedText.Dictionary(NameVi, NameEn, NameFr, NameJa), CategoryId,
        categories.TryGetValue(CategoryId, out var category) ? category.Name : NoText,
        new Money(BasePriceMinor, PriceCurrency), new Money(LowestPriceMinor, PriceCurrency), MinimumOrderQuantity, LeadTimeDays,
        MaterialVi is null ? NoText : LocalizedText.Dictionary(MaterialVi, MaterialEn, MaterialFr, MaterialJa), PublishedAt) { Unit = Unit.Code };
}

/// <summary>A category's names and place in the taxonomy, as listings label it.</summary>
internal sealed record CategoryName(IReadOnlyDictionary<string, string> Name, int Position, bool Retired);
