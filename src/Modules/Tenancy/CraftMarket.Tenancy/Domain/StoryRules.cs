using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Tenancy.Domain;

/// <summary>
/// The story is required in Vietnamese (the association's own language, and the page's fallback of
/// last resort); English, French and Japanese are optional, as are the facts. Texts are trimmed,
/// blank translations dropped. Field names are the API's ("story.vi", "households").
/// </summary>
internal static class StoryRules
{
    public const int StoryMax = 1500;
    public const int FactMax = 300;

    public static Result<VillageStory> Validate(VillageStory? input)
    {
        var s = input ?? VillageStory.Empty;
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(s.Story?.Vi)) errors["story.vi"] = ["Write the brand story in Vietnamese; other languages are optional."];
        Check(errors, "story", s.Story, StoryMax);
        Check(errors, "location", s.Location, FactMax);
        Check(errors, "production", s.Production, FactMax);
        Check(errors, "history", s.History, FactMax);
        Check(errors, "mainProducts", s.MainProducts, FactMax);
        if (s.Households is < 1 or > 1_000_000) errors["households"] = ["Households must be between 1 and 1,000,000, or left empty."];
        if (errors.Count > 0) return Error.Validation(errors);
        return s with
        {
            Story = Clean(s.Story), Location = Clean(s.Location), Production = Clean(s.Production),
            History = Clean(s.History), MainProducts = Clean(s.MainProducts),
        };
    }

    private static void Check(Dictionary<string, string[]> errors, string field, LocalizedValue? value, int max)
    {
        foreach (var language in new[] { "vi", "en", "fr", "ja" })
            if ((value?[language]?.Trim().Length ?? 0) > max) errors[$"{field}.{language}"] = [$"At most {max} characters."];
    }

    private static LocalizedValue Clean(LocalizedValue? v) => new()
    {
        Vi = v?.Vi?.Trim() ?? "", En = Blank(v?.En), Fr = Blank(v?.Fr), Ja = Blank(v?.Ja),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
