using System.Text.RegularExpressions;
using CraftMarket.QualityMarks.Features.Schemes;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Schemes;

/// <summary>One row of the criteria editor; an all-blank row is ignored (the page offers spare rows instead of JavaScript).</summary>
internal sealed partial class CriterionRow
{
    public string? Key { get; set; }
    public string? Kind { get; set; }
    public string? TextVi { get; set; }
    public string? TextEn { get; set; }
    public string? TextFr { get; set; }
    public string? TextJa { get; set; }
    public string? HowVi { get; set; }
    public string? HowEn { get; set; }
    public string? HowFr { get; set; }
    public string? HowJa { get; set; }

    /// <summary>Kind alone is a select with a default: a row counts as filled when any text is.</summary>
    public bool IsBlank => new[] { Key, TextVi, TextEn, TextFr, TextJa, HowVi, HowEn, HowFr, HowJa }.All(string.IsNullOrWhiteSpace);

    internal CriterionInput ToInput() => new(Key, Texts(TextVi, TextEn, TextFr, TextJa), Kind, Texts(HowVi, HowEn, HowFr, HowJa));

    internal static CriterionRow From(CriterionDto c) => new()
    {
        Key = c.Key, Kind = c.Kind,
        TextVi = c.Text.GetValueOrDefault("vi"), TextEn = c.Text.GetValueOrDefault("en"),
        TextFr = c.Text.GetValueOrDefault("fr"), TextJa = c.Text.GetValueOrDefault("ja"),
        HowVi = c.HowChecked.GetValueOrDefault("vi"), HowEn = c.HowChecked.GetValueOrDefault("en"),
        HowFr = c.HowChecked.GetValueOrDefault("fr"), HowJa = c.HowChecked.GetValueOrDefault("ja"),
    };

    private static Dictionary<string, string?> Texts(string? vi, string? en, string? fr, string? ja) =>
        new() { ["vi"] = vi, ["en"] = en, ["fr"] = fr, ["ja"] = ja };

    [GeneratedRegex(@"^criteria\[(\d+)\](?:\.(key|kind|text|howChecked)(?:\.(vi|en|fr|ja))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    /// <summary>"criteria[1].text.en" → "Rows[4].TextEn" where the second filled row is the page's fifth; anything else → above the form.</summary>
    internal static string InputOf(string field, IReadOnlyList<int> rowOfCriterion)
    {
        var m = Field().Match(field);
        if (!m.Success || !int.TryParse(m.Groups[1].ValueSpan, out var i) || i >= rowOfCriterion.Count) return "";
        var row = $"Rows[{rowOfCriterion[i]}]";
        return m.Groups[2].Value switch
        {
            "key" => $"{row}.Key",
            "kind" => $"{row}.Kind",
            "text" => $"{row}.Text{Pascal(m.Groups[3].Value, "Vi")}",
            "howChecked" => $"{row}.How{Pascal(m.Groups[3].Value, "Vi")}",
            _ => $"{row}.Key",
        };
    }

    private static string Pascal(string language, string fallback) =>
        language.Length == 2 ? char.ToUpperInvariant(language[0]) + language[1..] : fallback;
}
