namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>A target language's name as interface text (a translation key).</summary>
internal static class TranslationNames
{
    public static string Of(string language) => language switch { "en" => "English", "fr" => "French", "ja" => "Japanese", _ => "Vietnamese" };
}
