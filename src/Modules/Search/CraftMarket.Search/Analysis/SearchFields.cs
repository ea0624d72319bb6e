namespace CraftMarket.Search.Analysis;

/// <summary>
/// The analysed fields both engines index, per language: a product's name and its body
/// (description, category, material, technique, colours, place of origin). Vietnamese is indexed
/// twice, as written and folded (no marks, đ → d), so that "gom" finds "gốm" while "gốm" still
/// ranks exact spellings first.
/// </summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string Tenant = "tenant";
    public const string TenantSlug = "tenant_slug";
    public const string Price = "price";
    /// <summary>The unit of sale's code ("metre"): what <see cref="Price"/> is per (ADR 0073).</summary>
    public const string Unit = "unit";
    public const string Published = "published";
    public const string Source = "source";
    /// <summary>The catalogue's UpdatedAt (UTC ticks): an older snapshot never replaces a newer document.</summary>
    public const string Version = "version";

    public static string Name(string language, bool folded = false) => folded ? $"name_{language}_f" : $"name_{language}";
    public static string Body(string language, bool folded = false) => folded ? $"body_{language}_f" : $"body_{language}";
    public static string Facet(string facet) => "f_" + facet;

    public static readonly IReadOnlyList<string> Languages = ["vi", "en", "fr", "ja"];

    /// <summary>Field and boost for every analysed field a query word is looked up in.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost, string Analyzer)> Text =
    [
        (Name("vi"), 4f, Analyzers.VietnameseExact),
        (Name("vi", true), 2.5f, Analyzers.VietnameseFolded),
        (Body("vi"), 1.2f, Analyzers.VietnameseExact),
        (Body("vi", true), 0.8f, Analyzers.VietnameseFolded),
        (Name("en"), 3f, Analyzers.English),
        (Body("en"), 1f, Analyzers.English),
        (Name("fr"), 3f, Analyzers.French),
        (Body("fr"), 1f, Analyzers.French),
        (Name("ja"), 3f, Analyzers.Japanese),
        (Body("ja"), 1f, Analyzers.Japanese),
    ];

    /// <summary>
    /// The fields an alternative of a concept is looked up in. The buyer's own words go everywhere,
    /// folded copies included, since buyers often type without marks. A glossary synonym is written
    /// by the association as it should be, so its exact Vietnamese form is enough; skipping the
    /// folded copies halves the Vietnamese postings a synonym costs, and the folded copies of the
    /// buyer's own words already give recall for products typed without marks.
    /// </summary>
    public static IEnumerable<(string Field, float Boost, string Analyzer)> TextFor(bool synonym) =>
        synonym ? Text.Where(f => f.Analyzer != Analyzers.VietnameseFolded) : Text;

    /// <summary>
    /// How much the folded copies count when the buyer typed the word with marks. The plain folded
    /// boosts only rank a name's exact match above the same name's folded one; without this, "lửa"
    /// (fire, in one description) lost to every name containing "lụa" (silk), which folds alike.
    /// </summary>
    public const float FoldedWhenMarked = 0.25f;

    /// <summary>The fields of <see cref="TextFor(bool)"/> for one alternative, folded copies weakened if it was typed with marks.</summary>
    public static IEnumerable<(string Field, float Boost, string Analyzer)> TextFor(bool synonym, string text) =>
        Folding.HasMarks(text)
            ? TextFor(synonym).Select(f => f.Analyzer == Analyzers.VietnameseFolded ? f with { Boost = f.Boost * FoldedWhenMarked } : f)
            : TextFor(synonym);

    /// <summary>
    /// Where typos are forgiven: folded, unstemmed words (Vietnamese, and English and French copied
    /// into <c>_en_f</c>), since a misspelt word is not stemmed like the word meant ("embroiderd" vs "embroid").
    /// </summary>
    public static readonly IReadOnlyList<string> Fuzzy = [Name("vi", true), Body("vi", true), Name("en", true), Body("en", true)];

    /// <summary>Names, for prefix autocomplete.</summary>
    public static readonly IReadOnlyList<string> Suggest = [Name("vi", true), Name("en", true)];

    public static string AnalyzerFor(string field) => field switch
    {
        _ when field.EndsWith("_f", StringComparison.Ordinal) => Analyzers.VietnameseFolded,
        _ when field.EndsWith("_vi", StringComparison.Ordinal) => Analyzers.VietnameseExact,
        _ when field.EndsWith("_en", StringComparison.Ordinal) => Analyzers.English,
        _ when field.EndsWith("_fr", StringComparison.Ordinal) => Analyzers.French,
        _ when field.EndsWith("_ja", StringComparison.Ordinal) => Analyzers.Japanese,
        _ => Analyzers.Keyword,
    };
}
