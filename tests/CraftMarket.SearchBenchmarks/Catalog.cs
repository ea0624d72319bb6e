using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.SearchBenchmarks;

/// <summary>Deterministic craft products: Vietnamese and English names built from the villages' real vocabulary.</summary>
internal static class Catalog
{
    private static readonly (string Vi, string En)[] Things =
    [
        ("Bình", "vase"), ("Bát", "bowl"), ("Đĩa", "plate"), ("Chén", "cup"), ("Ấm chén", "tea set"), ("Chum", "jar"), ("Chậu", "pot"),
        ("Tượng", "statue"), ("Khăn lụa", "silk scarf"), ("Vải lụa", "silk fabric"), ("Áo dài", "ao dai"), ("Tủ gỗ", "wooden cabinet"),
        ("Bàn gỗ", "wooden table"), ("Ghế", "chair"), ("Khay sơn mài", "lacquer tray"), ("Giỏ mây", "rattan basket"),
    ];
    private static readonly (string Vi, string En)[] Styles =
    [
        ("men rạn", "crackle glaze"), ("men lam", "blue and white"), ("men ngọc", "celadon"), ("vẽ tay", "hand-painted"),
        ("chạm khắc", "carved"), ("thêu", "embroidered"), ("dệt", "woven"), ("khảm trai", "mother of pearl"),
    ];
    private static readonly string[] Materials = ["Stoneware", "Porcelain", "Silk", "Wood", "Rattan", "Lacquer"];

    public sealed record Query(string? Text, TenantId? Tenant, Dictionary<string, IReadOnlyList<string>> Filters, SearchSort Sort);

    public static List<PublishedProduct> Generate(int count, int tenants)
    {
        var random = new Random(42);
        var ids = Enumerable.Range(0, tenants).Select(i => new TenantId(new Guid(i + 1, 0, 0, new byte[8]))).ToArray();
        var list = new List<PublishedProduct>(count);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var t = i % tenants;
            var (thingVi, thingEn) = Things[random.Next(Things.Length)];
            var (styleVi, styleEn) = Styles[random.Next(Styles.Length)];
            var material = Materials[random.Next(Materials.Length)];
            var name = (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["vi"] = $"{thingVi} {styleVi} {i}", ["en"] = $"{styleEn} {thingEn} {i}" };
            var desc = (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["vi"] = $"{thingVi} {styleVi} làm thủ công tại làng nghề số {t}, chất liệu {material}.",
                ["en"] = $"Handmade {styleEn} {thingEn} from craft village {t}, made of {material.ToLowerInvariant()}.",
            };
            var single = (string v) => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["vi"] = v, ["en"] = v };
            var at = start.AddMinutes(i);
            list.Add(new PublishedProduct(new ProductId(Guid.CreateVersion7(at)), ids[t], $"village-{t}", name, desc, new CategoryId(Guid.Empty),
                single(thingEn), single(material), single(styleEn), ["natural"], Money.Of(random.Next(2, 400) * 10_000L, Currency.VND), [], random.Next(1, 2000), 1,
                random.Next(3, 120), null, [], $"Village {t}", at, at));
        }
        return list;
    }

    private static readonly string[] Words = ["vase", "binh", "gốm men rạn", "silk scarf", "khan lua", "crackle", "celadon bowl", "carved cabinet",
        "lacquer", "rattan basket", "porcelian", "tea set", "đĩa vẽ tay", "embroidered", "wooden chair"];

    public static Query Random(Random random) => RandomQuery(random);

    public static Query RandomQuery(Random random)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        if (random.Next(2) == 0) filters[Facets.Material] = [Materials[random.Next(Materials.Length)]];
        if (random.Next(3) == 0) filters[Facets.Price] = ["100k-500k", "500k-2m"];
        var tenant = random.Next(2) == 0 ? new TenantId(new Guid(random.Next(30) + 1, 0, 0, new byte[8])) : (TenantId?)null;
        return new Query(Words[random.Next(Words.Length)], tenant, filters, random.Next(3) == 0 ? SearchSort.PriceAscending : SearchSort.Relevance);
    }
}
