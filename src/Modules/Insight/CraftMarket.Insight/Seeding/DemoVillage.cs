namespace CraftMarket.Insight.Seeding;

/// <summary>
/// The shape of one demo village's generated history: how many households and enterprises, how many
/// leads a month at the start and at the end of the two years, how many households share an order,
/// what a piece is worth, and the village's defect types (Orders' craft lists, ADR 0058) with the one
/// that became a problem and was fixed.
/// </summary>
internal sealed record DemoVillage(
    string Slug, int Households, int Enterprises, int Cooperatives, int LeadsAtStart, int LeadsAtEnd,
    int HouseholdsPerOrderMin, int HouseholdsPerOrderMax, long PieceValueMin, long PieceValueMax,
    IReadOnlyList<string> DefectTypes, string ProblemDefect, string Craft)
{
    public static readonly IReadOnlyList<DemoVillage> All =
    [
        // 1,172 households: the figure the association gives for Bát Tràng (DOMAIN.md).
        new("bat-trang", 1_172, 5, 1, 26, 72, 4, 22, 18_000, 240_000,
            ["crack", "glaze-run", "pinhole", "colour-off", "chip", "warping", "other"], "glaze-run", "Gốm"),
        new("van-phuc", 800, 3, 1, 14, 44, 3, 16, 60_000, 420_000,
            ["weaving-fault", "stain", "colour-off", "loose-thread", "size-off", "other"], "colour-off", "Lụa"),
        new("dong-ky", 120, 2, 0, 4, 12, 2, 6, 450_000, 3_800_000,
            ["crack", "chip", "scratch", "warping", "stain", "colour-off", "size-off", "finish", "other"], "warping", "Gỗ"),
    ];

    public static DemoVillage? Find(string slug) => All.FirstOrDefault(v => string.Equals(v.Slug, slug, StringComparison.Ordinal));
}
