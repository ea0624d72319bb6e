namespace CraftMarket.Insight.Features.MemberPage;

/// <summary>
/// Vietnamese names of the defect keys the inspections report (Orders' craft lists, ADR 0058); an
/// association's own types arrive as the words it wrote, which are shown as they are.
/// </summary>
internal static class DefectNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["crack"] = "Nứt", ["glaze-run"] = "Chảy men", ["pinhole"] = "Lỗ kim", ["colour-off"] = "Sai màu", ["chip"] = "Mẻ, sứt",
        ["warping"] = "Cong vênh", ["weaving-fault"] = "Lỗi dệt", ["stain"] = "Vết bẩn", ["loose-thread"] = "Sổ chỉ",
        ["size-off"] = "Sai kích thước", ["scratch"] = "Trầy xước", ["finish"] = "Lỗi hoàn thiện bề mặt", ["other"] = "Lỗi khác",
    };

    public static string Vietnamese(string key) => Names.GetValueOrDefault(key, key);
}
