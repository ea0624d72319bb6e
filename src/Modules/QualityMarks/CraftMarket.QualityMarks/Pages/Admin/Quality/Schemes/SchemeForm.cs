using CraftMarket.Catalogue.Contracts;
using CraftMarket.QualityMarks.Features.Schemes;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Schemes;

/// <summary>A scheme's fields as a plain form (one input per language), posted without JavaScript.</summary>
internal sealed class SchemeForm
{
    public string? Code { get; set; }
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public string? NameFr { get; set; }
    public string? NameJa { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionJa { get; set; }
    public List<string> Categories { get; set; } = [];
    public int? ValidityMonths { get; set; } = 24;

    /// <summary>The association's categories to tick (not posted: filled by the page).</summary>
    internal IReadOnlyList<CategoryOutline> Choices { get; set; } = [];

    internal bool IsNew { get; set; } = true;

    internal SchemeInput ToInput() => new(Code, Name, Description, Categories, ValidityMonths);

    internal SchemeChanges ToChanges() => new(Name, Description, Categories, ValidityMonths);

    private Dictionary<string, string?> Name => new() { ["vi"] = NameVi, ["en"] = NameEn, ["fr"] = NameFr, ["ja"] = NameJa };

    private Dictionary<string, string?> Description =>
        new() { ["vi"] = DescriptionVi, ["en"] = DescriptionEn, ["fr"] = DescriptionFr, ["ja"] = DescriptionJa };

    internal static SchemeForm From(SchemeDto s) => new()
    {
        Code = s.Code,
        NameVi = s.Name.GetValueOrDefault("vi"),
        NameEn = s.Name.GetValueOrDefault("en"),
        NameFr = s.Name.GetValueOrDefault("fr"),
        NameJa = s.Name.GetValueOrDefault("ja"),
        DescriptionVi = s.Description.GetValueOrDefault("vi"),
        DescriptionEn = s.Description.GetValueOrDefault("en"),
        DescriptionFr = s.Description.GetValueOrDefault("fr"),
        DescriptionJa = s.Description.GetValueOrDefault("ja"),
        Categories = [.. s.Categories],
        ValidityMonths = s.ValidityMonths,
        IsNew = false,
    };

    /// <summary>"name.en" → "NameEn", "categories[2]" → "Categories": the API's field names as this form's inputs.</summary>
    internal static string InputOf(string field)
    {
        var parts = field.Split('.');
        return parts.Length == 2 && parts[1].Length == 2
            ? FormErrors.Pascal(parts[0]) + FormErrors.Pascal(parts[1])
            : FormErrors.InputOf(field);
    }
}
