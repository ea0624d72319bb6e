using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Tenancy.Pages.Admin.Brand;

/// <summary>The brand story and village facts as flat form fields: one per text and language ("StoryVi", "LocationEn"...).</summary>
public sealed class StoryForm
{
    public static readonly string[] Texts = ["Story", "Location", "Production", "History", "MainProducts"];

    public Dictionary<string, string?> Values { get; set; } = [];
    public int? Households { get; set; }

    public string? this[string text, string language] => Values.GetValueOrDefault(text + Upper(language));

    internal static StoryForm From(VillageStory s) => new()
    {
        Households = s.Households,
        Values = Texts.SelectMany(text => new[] { "vi", "en", "fr", "ja" }.Select(language => (Key: text + Upper(language), Value: Of(s, text)[language])))
            .ToDictionary(x => x.Key, x => x.Value),
    };

    internal VillageStory ToStory() => new()
    {
        Story = Text("Story"), Location = Text("Location"), Production = Text("Production"), History = Text("History"),
        MainProducts = Text("MainProducts"), Households = Households,
    };

    /// <summary>The API's field name ("story.vi", "households") as this form's ("Story.Values[StoryVi]", "Story.Households").</summary>
    internal static string FieldOf(string apiField, string prefix)
    {
        var parts = apiField.Split('.');
        return parts.Length == 2 ? $"{prefix}.Values[{Upper(parts[0])}{Upper(parts[1])}]" : $"{prefix}.{Upper(apiField)}";
    }

    private LocalizedValue Text(string text) => new()
    {
        Vi = Values.GetValueOrDefault(text + "Vi") ?? "", En = Values.GetValueOrDefault(text + "En"),
        Fr = Values.GetValueOrDefault(text + "Fr"), Ja = Values.GetValueOrDefault(text + "Ja"),
    };

    private static LocalizedValue Of(VillageStory s, string text) => text switch
    {
        "Story" => s.Story, "Location" => s.Location, "Production" => s.Production, "History" => s.History, _ => s.MainProducts,
    };

    private static string Upper(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
