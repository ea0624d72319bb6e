using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CraftMarket.Search.Analysis;

/// <summary>
/// The Lucene analysis chains. The Elasticsearch index template (Elasticsearch/IndexTemplate.cs)
/// declares the same chains by name, so both engines cut and fold text alike.
/// </summary>
internal static class Analyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string VietnameseExact = "vi_exact";
    public const string VietnameseFolded = "vi_folded";
    public const string English = "en_craft";
    public const string French = "fr_craft";
    public const string Japanese = "ja_cjk";
    public const string Keyword = "keyword";

    /// <summary>
    /// Plurals the Porter stemmer gets wrong for craft words ("scarves" → "scarv" would miss "scarf").
    /// Shared with the Elasticsearch template's stemmer_override rules.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> EnglishOverrides = new Dictionary<string, string>
    {
        ["scarves"] = "scarf", ["shelves"] = "shelf", ["knives"] = "knife", ["leaves"] = "leaf",
        ["wolves"] = "wolf", ["halves"] = "half", ["calves"] = "calf", ["loaves"] = "loaf",
    };

    private static readonly StemmerOverrideFilter.StemmerOverrideMap OverrideMap = BuildOverrides();

    public static Analyzer For(string name) => name switch
    {
        VietnameseExact => Analyzer.NewAnonymous((_, reader) => Chain(reader, folded: false)),
        VietnameseFolded => Analyzer.NewAnonymous((_, reader) => Chain(reader, folded: true)),
        English => Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream ts = new EnglishPossessiveFilter(Version, source);
            ts = new LowerCaseFilter(Version, ts);
            // Vietnamese place names appear in English text ("Bát Tràng"); fold them so "bat trang" matches.
            ts = new ASCIIFoldingFilter(ts);
            ts = new StopFilter(Version, ts, EnglishAnalyzer.DefaultStopSet);
            ts = new StemmerOverrideFilter(ts, OverrideMap);
            ts = new PorterStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }),
        French => Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream ts = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            ts = new LowerCaseFilter(Version, ts);
            ts = new StopFilter(Version, ts, FrenchAnalyzer.DefaultStopSet);
            ts = new ASCIIFoldingFilter(ts);
            ts = new FrenchLightStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }),
        Japanese => new CJKAnalyzer(Version),
        _ => new KeywordAnalyzer(),
    };

    /// <summary>One analyzer per field for the index writer and the query builder.</summary>
    public static Analyzer PerField()
    {
        var byField = new Dictionary<string, Analyzer>();
        var shared = new Dictionary<string, Analyzer>();
        foreach (var (field, _, name) in SearchFields.Text)
            byField[field] = shared.TryGetValue(name, out var a) ? a : shared[name] = For(name);
        foreach (var field in SearchFields.Fuzzy) byField[field] = shared[VietnameseFolded];
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
    }

    private static TokenStreamComponents Chain(TextReader reader, bool folded)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream ts = new LowerCaseFilter(Version, source);
        if (folded) ts = new ASCIIFoldingFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: true);
        foreach (var (word, stem) in EnglishOverrides) builder.Add(word, stem);
        return builder.Build();
    }

    /// <summary>The terms a text becomes in one field, as the index would store them.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var ts = analyzer.GetTokenStream(field, Folding.Normalize(text));
        var term = ts.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        ts.Reset();
        while (ts.IncrementToken()) terms.Add(term.ToString());
        ts.End();
        return terms;
    }
}
