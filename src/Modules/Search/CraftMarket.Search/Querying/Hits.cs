using CraftMarket.Search.Contracts;

namespace CraftMarket.Search.Querying;

/// <summary>A stored product as a hit in the buyer's language; shared by both engines.</summary>
internal static class Hits
{
    public static SearchHit From(IndexedProduct indexed, string language, QueryPlan plan)
    {
        var p = indexed.Product;
        var description = ProductText.Display(p.Description, language);
        return new SearchHit(
            p.Id.ToString(), p.TenantSlug, ProductText.Display(p.Name, language), ProductText.ProductPath(p.Id.ToString()),
            p.BasePrice.Major, indexed.CoverImage, Snippets.Build(description, plan.HighlightWords)) { Price = p.BasePrice, Unit = p.Unit };
    }
}
