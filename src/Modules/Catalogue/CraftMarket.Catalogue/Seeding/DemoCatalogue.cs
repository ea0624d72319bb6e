using CraftMarket.SharedKernel.Text;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Catalogue.Seeding;

/// <summary>A product the demo seeder creates, and how far along the lifecycle it goes.</summary>
internal sealed record PlannedProduct(ProductDetails Details, ProductStatus Status, string? Comment);

/// <summary>
/// Turns a village plan into products deterministically: lines are taken in turn (so categories
/// fill evenly), each line's combinations of noun, finish, motif and size in a fixed shuffled
/// order. Names are composed per language in that language's word order. Makers are members
/// that declared capacity for the category, else members in turn; every fourth product is a
/// common design made by two households.
/// </summary>
internal static class DemoCatalogue
{
    private const string ChangesComment = "Vui lòng bổ sung kích thước thùng đóng gói và ảnh chụp đáy sản phẩm có dấu của hộ sản xuất.";

    public static List<PlannedProduct> Build(VillagePlan plan, IReadOnlyDictionary<string, CategoryId> categories, IReadOnlyList<MakerProfile> makers)
    {
        var queues = plan.Lines.Select((line, i) => new Queue<Combination>(Combinations(line, 2026 + i))).ToArray();
        var planned = new List<PlannedProduct>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; planned.Count < plan.Count; i++)
        {
            var queue = queues[i % queues.Length];
            if (queue.Count == 0)
            {
                if (queues.All(q => q.Count == 0)) throw new InvalidOperationException($"{plan.Slug}: not enough combinations for {plan.Count} products.");
                continue;
            }
            var c = queue.Dequeue();
            var n = planned.Count;
            var name = Name(c, n);
            if (!names.Add(name.Vi)) continue;
            var line = c.Line;
            var category = categories[line.CategoryVi];
            var sku = $"{plan.SkuPrefix}-{line.Code}-{n + 1:D3}";
            var basePrice = RoundTo(c.Size.PriceVnd * c.Finish.PriceFactor * (1 + n % 3 * 0.05m), 5_000);
            var details = new ProductDetails(category, sku, name, Description(plan, c, n), Optional(c.Finish.Material ?? c.Material, n),
                Optional(c.Finish.Technique, n), new Dimensions(c.Size.LengthCm, c.Size.WidthCm, c.Size.HeightCm), c.Size.Grams,
                c.Finish.Colours, Variants(line, c, sku), plan.RawMaterialOrigin, line.Packaging, line.HsCode, plan.PlaceOfOrigin,
                VndPrices.From(basePrice), Breaks(line, basePrice), line.Moq, line.CaseSize, line.LeadTimeDays + n % 3 * 7, Makers(line, makers, n))
            { UnitCode = (line.Unit ?? SharedKernel.Trade.UnitOfSale.Default).Code };
            planned.Add(new PlannedProduct(details, StatusFor(n, plan.Count), StatusFor(n, plan.Count) == ProductStatus.ChangesRequested ? ChangesComment : null));
        }
        return planned;
    }

    /// <summary>Most are published; the last few wait at each other stage, so the review queue and producers' lists are not empty.</summary>
    private static ProductStatus StatusFor(int n, int count) => (count - 1 - n) switch
    {
        0 or 1 => ProductStatus.Draft,
        2 or 3 or 4 => ProductStatus.Submitted,
        5 or 6 => ProductStatus.ChangesRequested,
        7 => ProductStatus.Archived,
        _ => ProductStatus.Published,
    };

    private sealed record Combination(ProductLine Line, Words Noun, Words Material, Finish Finish, Words Motif, Size Size);

    private static List<Combination> Combinations(ProductLine line, int seed)
    {
        var all = (from noun in line.Nouns
                   from finish in line.Finishes
                   from motif in line.Motifs
                   from size in line.Sizes
                   select new Combination(line, noun, line.Materials[0], finish, motif, size)).ToList();
        var random = new Random(seed);   // seeded: the same demo catalogue on every run
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all));
        return [.. all.Select((c, i) => c with { Material = line.Materials[i % line.Materials.Length] })];
    }

    /// <summary>"Bình men rạn vẽ sen 30 cm" / "Crackle-glaze vase with lotus, 30 cm"; French on every third, Japanese on every fourth.</summary>
    private static LocalizedText Name(Combination c, int n)
    {
        var vi = Join(c.Noun.Vi, c.Finish.InName.Vi, c.Motif.Vi, c.Size.Label.Vi);
        var en = Capitalise(Join(c.Finish.InName.En, c.Noun.En, c.Motif.En)) + Suffix(c.Size.Label.En);
        var fr = Join(c.Noun.Fr, c.Finish.InName.Fr, c.Motif.Fr) + Suffix(c.Size.Label.Fr);
        var ja = c.Finish.InName.Ja + c.Motif.Ja + c.Noun.Ja + (c.Size.Label.Ja.Length > 0 ? $"（{c.Size.Label.Ja}）" : "");
        return new LocalizedText(vi, en, n % 3 == 0 ? fr : null, n % 4 == 0 ? ja : null);
    }

    private static LocalizedText Description(VillagePlan plan, Combination c, int n) => new(
        $"{c.Finish.Sentence.Vi} Làm thủ công tại {plan.Village.Vi} bởi các hộ thành viên hiệp hội, theo cùng một quy trình. {c.Line.Note.Vi}",
        $"{c.Finish.Sentence.En} Handmade in {plan.Village.En} by member households of the association, all following the same production steps. {c.Line.Note.En}",
        n % 3 == 0 ? $"{c.Finish.Sentence.Fr} Fait main au {plan.Village.Fr} par les foyers membres de l'association. {c.Line.Note.Fr}" : null,
        n % 4 == 0 ? $"{c.Finish.Sentence.Ja}{plan.Village.Ja}の組合員の家族が、同じ工程で手作りしています。{c.Line.Note.Ja}" : null);

    private static LocalizedText Optional(Words w, int n) => new(w.Vi, w.En, n % 3 == 0 ? w.Fr : null, n % 4 == 0 ? w.Ja : null);

    private static List<ProductVariant> Variants(ProductLine line, Combination c, string sku)
    {
        if (line.VariantSizes is { } sizes) return [.. sizes.Select(s => new ProductVariant($"{sku}-{s}", s, null))];
        if (line.ColourVariants && c.Finish.Colours.Length > 1)
            return [.. c.Finish.Colours.Select(colour => new ProductVariant($"{sku}-{Code(colour)}", null, colour))];
        return [];
    }

    /// <summary>Five cases' worth earns about 8% off, twenty about 15%: the quantities an export desk quotes at.</summary>
    private static List<PriceTier> Breaks(ProductLine line, long basePrice)
    {
        if (line.Moq == 1 && line.LeadTimeDays >= 60) return [Tier(3, RoundTo(basePrice * 0.95m, 1_000))];
        return [Tier(line.Moq * 5, RoundTo(basePrice * 0.92m, 1_000)), Tier(line.Moq * 20, RoundTo(basePrice * 0.85m, 1_000))];
        static PriceTier Tier(int quantity, long dong) => new(quantity, VndPrices.From(dong)!);
    }

    private static List<MemberId> Makers(ProductLine line, IReadOnlyList<MakerProfile> makers, int n)
    {
        var key = TextFolding.Fold(line.CategoryVi);
        var able = makers.Where(m => (m.PublicCapacities ?? []).Any(c => TextFolding.Fold(c.Category) == key)).ToList();
        var pool = able.Count > 0 && n % 5 != 4 ? able : [.. makers];
        var first = pool[n % pool.Count];
        var at = makers.ToList().FindIndex(m => m.Id == first.Id);
        var second = makers[(at + 1 + n % 2) % makers.Count];
        return n % 4 == 0 && second.Id != first.Id ? [first.Id, second.Id] : [first.Id];
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));
    private static string Suffix(string size) => size.Length > 0 ? $", {size}" : "";
    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    private static string Code(string colour) => string.Concat(colour.Split(' ').Select(w => char.ToUpperInvariant(w[0]))) + colour.Length;
    private static long RoundTo(decimal value, long step) => (long)Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
}
