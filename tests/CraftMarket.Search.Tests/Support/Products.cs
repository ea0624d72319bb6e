using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Tests.Support;

/// <summary>Builds catalogue snapshots as the Catalogue module publishes them (vi + en, optional fr/ja).</summary>
public static class Products
{
    public static readonly TenantId BatTrang = new(Guid.Parse("0195a000-0000-7000-8000-000000000001"));
    public static readonly TenantId VanPhuc = new(Guid.Parse("0195a000-0000-7000-8000-000000000002"));

    public static PublishedProduct Make(string nameVi, string nameEn, TenantId? tenant = null, string slug = "bat-trang",
        string descVi = "", string descEn = "", string category = "Vases", string material = "Stoneware", string technique = "Wheel-thrown",
        decimal price = 250_000m, int moq = 20, int lead = 21, int daysAgo = 1, string? nameFr = null, string? nameJa = null, Guid? id = null)
    {
        var texts = (string vi, string en) => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["vi"] = vi, ["en"] = en };
        var name = new Dictionary<string, string> { ["vi"] = nameVi, ["en"] = nameEn };
        if (nameFr is not null) name["fr"] = nameFr;
        if (nameJa is not null) name["ja"] = nameJa;
        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-daysAgo);
        return new PublishedProduct(new ProductId(id ?? Guid.CreateVersion7()), tenant ?? BatTrang, slug, name, texts(descVi, descEn),
            new CategoryId(Guid.CreateVersion7()), texts(category, category), texts(material, material), texts(technique, technique),
            ["blue"], Money.Of(decimal.ToInt64(price), Currency.VND), [new PriceBreak(moq, Money.Of(decimal.ToInt64(price), Currency.VND))], moq, 1, lead, 500, [], slug == "bat-trang" ? "Bát Tràng, Gia Lâm, Hà Nội" : "Vạn Phúc, Hà Đông, Hà Nội",
            at, at);
    }

    public static IndexedProduct Indexed(this PublishedProduct p, string? cover = null) => new(p, cover);
}
