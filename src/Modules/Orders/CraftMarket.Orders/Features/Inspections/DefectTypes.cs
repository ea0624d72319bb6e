using CraftMarket.SharedKernel.Text;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>A kind of defect the inspector counts: a stable key ("crack") for events and figures, and its names.</summary>
internal sealed record DefectType(string Key, string Vi, string En);

internal enum Craft { Ceramics, Textiles, General }

/// <summary>
/// The defect types an inspector picks from (ADR 0058): the association's own list when its order
/// settings name one, else its craft's list. The craft is read from the association's names and
/// main products ("Bat Trang Ceramics Association": ceramics; "Van Phuc Silk Association": textiles),
/// then from the work's description; anything else, wood included, gets the general list. Every list
/// ends with "other".
/// </summary>
internal static class DefectTypes
{
    public const int KeyMax = 60;

    private static readonly DefectType Other = new("other", "Lỗi khác", "Other defect");

    public static readonly IReadOnlyList<DefectType> Ceramics =
    [
        new("crack", "Nứt", "Crack"),
        new("glaze-run", "Chảy men", "Glaze run"),
        new("pinhole", "Lỗ kim", "Pinhole"),
        new("colour-off", "Sai màu", "Colour off"),
        new("chip", "Mẻ", "Chip"),
        new("warping", "Cong vênh", "Warping"),
        Other,
    ];

    public static readonly IReadOnlyList<DefectType> Textiles =
    [
        new("weaving-fault", "Lỗi dệt", "Weaving fault"),
        new("stain", "Vết bẩn", "Stain"),
        new("colour-off", "Sai màu", "Colour off"),
        new("loose-thread", "Sổ chỉ", "Loose thread"),
        new("size-off", "Sai kích thước", "Size off"),
        Other,
    ];

    public static readonly IReadOnlyList<DefectType> General =
    [
        new("crack", "Nứt", "Crack"),
        new("chip", "Mẻ, sứt", "Chip"),
        new("scratch", "Trầy xước", "Scratch"),
        new("warping", "Cong vênh", "Warping"),
        new("stain", "Vết bẩn", "Stain"),
        new("colour-off", "Sai màu", "Colour off"),
        new("size-off", "Sai kích thước", "Size off"),
        new("finish", "Lỗi hoàn thiện bề mặt", "Finish fault"),
        Other,
    ];

    // English words, and Vietnamese phrases that fold to nothing else ("lụa" alone folds like "lửa", fire; "gốm" like "gồm").
    private static readonly string[] CeramicWords = ["ceramic", "ceramics", "pottery", "porcelain", "stoneware", "gom su", "do gom", "men ran", "men lam"];
    private static readonly string[] TextileWords = ["silk", "silks", "textile", "textiles", "weaving", "brocade", "to tam", "det lua", "lua to tam", "tho cam"];

    public static IReadOnlyList<DefectType> Of(Craft craft) => craft switch
    {
        Craft.Ceramics => Ceramics,
        Craft.Textiles => Textiles,
        _ => General,
    };

    /// <summary>
    /// An association's own list: each entry is a known key ("crack") or a name as the association
    /// writes it ("Rạn men không đều"), keyed by its folded slug. Blank and repeated entries are dropped.
    /// </summary>
    public static IReadOnlyList<DefectType> FromSettings(IEnumerable<string> entries)
    {
        var known = Ceramics.Concat(Textiles).Concat(General).DistinctBy(d => d.Key, StringComparer.Ordinal)
            .ToDictionary(d => d.Key, StringComparer.Ordinal);
        var list = new List<DefectType>();
        foreach (var entry in entries)
        {
            var text = entry.Trim();
            var type = known.TryGetValue(text.ToLowerInvariant(), out var builtIn) ? builtIn
                : TextFolding.Slug(text, KeyMax) is { Length: > 0 } key ? new DefectType(key, text, text) : null;
            if (type is not null && list.TrueForAll(d => !string.Equals(d.Key, type.Key, StringComparison.Ordinal))) list.Add(type);
        }
        return list;
    }

    public static Craft CraftOf(string workDescription, ResolvedTenant? association)
    {
        var texts = association is null ? [workDescription]
            : new[] { association.NameEn, association.NameVi, association.Story.MainProducts.En ?? "", association.Story.MainProducts.Vi, workDescription };
        foreach (var text in texts)
            if (Match(text) is { } craft) return craft;
        return Craft.General;
    }

    private static Craft? Match(string text)
    {
        var words = $" {TextFolding.Fold(text).Replace(',', ' ').Replace('.', ' ').Replace(':', ' ')} ";
        if (CeramicWords.Any(w => words.Contains($" {w} ", StringComparison.Ordinal))) return Craft.Ceramics;
        if (TextileWords.Any(w => words.Contains($" {w} ", StringComparison.Ordinal))) return Craft.Textiles;
        return null;
    }
}
