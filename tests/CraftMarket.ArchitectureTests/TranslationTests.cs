using System.Reflection;
using System.Text.RegularExpressions;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.ArchitectureTests;

/// <summary>
/// Each module's interface text is its own (docs/adr/0025-translations-per-module.md). These tests
/// read the keys a module's code and views ask for (<c>T["..."]</c>, <c>T.Format("...")</c>,
/// <c>t.Translate("...")</c>) and check them against the translations embedded in that module's
/// assembly, in every language its readers have: a missing key would show English to a Vietnamese
/// producer or a Japanese buyer. Keys built at run time (an error code, a state) are not seen here.
/// </summary>
public sealed class TranslationTests
{
    [Fact]
    public void Every_module_and_the_host_say_which_languages_their_pages_need()
    {
        var declared = TextSets.All.Select(s => s.Assembly).ToHashSet(StringComparer.Ordinal);
        foreach (var module in Solution.Modules)
            declared.ShouldContain(Solution.InternalName(module), $"module {module} has no entry in {nameof(TextSets)}: say which languages its pages need");
    }

    [Fact]
    public void Every_key_the_code_asks_for_is_translated_into_every_language_its_readers_have()
    {
        var missing = new List<string>();
        foreach (var set in TextSets.All)
        {
            Ui texts;
            try { texts = new Ui(set.Load()); }
            catch (InvalidDataException) { continue; }   // two meanings of a key: the test below names them
            foreach (var (key, file, languages) in set.Keys())
            foreach (var language in languages.Where(l => !texts.Texts(l).ContainsKey(key)))
                missing.Add($"{set.Assembly} {language}: \"{key}\" ({file})");
        }
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void The_scan_finds_the_keys_of_every_module_with_pages()
    {
        // Guards the test above: a scan that found nothing would pass it.
        foreach (var set in TextSets.All)
            set.Keys().Count().ShouldBeGreaterThan(5, $"{set.Assembly}: no T[\"...\"] found under {string.Join(", ", set.Sources)}");
    }

    [Fact]
    public void A_key_means_one_thing_in_every_text_a_page_shows()
    {
        // Within a module, several i18n files must agree: Ui refuses to load two translations of one key.
        // Across sets, a module's page is shown inside the host's layout: the same key there must read the same.
        var host = new Ui(TextSets.Host.Load());
        var conflicts = new List<string>();
        foreach (var set in TextSets.All)
        {
            Ui texts;
            try { texts = new Ui(set.Load()); }
            catch (InvalidDataException e) { conflicts.Add($"{set.Assembly}: {e.Message}"); continue; }
            if (set == TextSets.Host) continue;
            foreach (var language in texts.Languages)
            foreach (var (key, text) in texts.Texts(language))
                if (host.Texts(language).TryGetValue(key, out var hostText) && !string.Equals(text, hostText, StringComparison.Ordinal))
                    conflicts.Add($"{language} \"{key}\": \"{text}\" in {set.Assembly}, \"{hostText}\" in the host's layout and pages");
        }
        conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void A_module_reads_its_own_translation_of_a_key_another_module_translates_differently()
    {
        // The bug this design fixed: one merged dictionary, the last assembly won.
        new Ui(TextSets.Of("CraftMarket.Search").Load()).Translate("Remove", "vi").ShouldBe("Xóa");
        new Ui(TextSets.Of("CraftMarket.Media").Load()).Translate("Remove", "vi").ShouldBe("Xoá");
        // A key a module never translated reads as English, whatever another module has for it.
        new Ui(TextSets.Of("CraftMarket.Tenancy").Load()).Translate("Remove", "vi").ShouldBe("Remove");
    }
}

/// <summary>Which sources feed a text set and which languages its readers have (English is the key itself).</summary>
internal sealed record TextSet(
    string Assembly, string[] Sources, string[] Languages, (string Under, string[] Languages)[] Except, bool TranslatesFormErrors = false)
{
    private static readonly Regex Call = new(@"\b[tT](?:\[|\.Format\(|\.Translate\()\s*""((?:[^""\\]|\\.)*)""", RegexOptions.Compiled);

    /// <summary>Where a module translates its form errors on the way to the page: validation attributes and its features' errors.</summary>
    private static readonly Regex FormError = new(
        @"(?:ErrorMessage\s*=\s*|Error\.Validation\(\s*""[^""]*"",\s*|new\(ErrorKind\.\w+,\s*""[^""]*"",\s*)""((?:[^""\\]|\\.)*)""", RegexOptions.Compiled);

    public Assembly Load() => System.Reflection.Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, Assembly + ".dll"));

    /// <summary>Every literal key in the set's .cs and .cshtml files, with the file and the languages it needs.</summary>
    public IEnumerable<(string Key, string File, string[] Languages)> Keys()
    {
        foreach (var source in Sources)
        {
            var root = Path.Combine(Solution.Root, source);
            foreach (var file in Directory.EnumerateFiles(root, "*.cs*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
                var languages = Except.FirstOrDefault(e => relative.StartsWith(e.Under, StringComparison.Ordinal)).Languages ?? Languages;
                var text = File.ReadAllText(file);
                var found = Call.Matches(text).Concat(TranslatesFormErrors ? FormError.Matches(text) : Enumerable.Empty<Match>());
                foreach (var m in found)
                    yield return (m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal), $"{source}/{relative}", languages);
            }
        }
    }
}

internal static class TextSets
{
    /// <summary>Pages buyers read: every language the platform offers.</summary>
    private static readonly string[] Buyers = ["vi", "fr", "ja"];
    /// <summary>Pages only association staff and producers read: Vietnamese at least.</summary>
    private static readonly string[] Staff = ["vi"];

    private static string Module(string name) => $"src/Modules/{name}/CraftMarket.{name}";

    public static readonly TextSet Host = new("CraftMarket.Web", ["src/CraftMarket.Web", "themes"], Buyers, []);

    public static readonly IReadOnlyList<TextSet> All =
    [
        Host,
        new("CraftMarket.Catalogue", [Module("Catalogue")], Staff,
            [("Pages/Storefront/", Buyers), ("Pages/Shared/_ProductCard", Buyers), ("Pages/Shared/_CardPrice", Buyers), ("Pages/Shared/_CardMedia", Buyers)]),
        new("CraftMarket.Identity", [Module("Identity")], Buyers, [("Pages/Dev/", Staff)], TranslatesFormErrors: true),
        new("CraftMarket.Media", [Module("Media")], Staff, []),
        new("CraftMarket.Members", [Module("Members")], Staff, [("Pages/Members/", Buyers)]),
        new("CraftMarket.Search", [Module("Search")], Buyers, [("Pages/Admin/", Staff)]),
        // Staff and households read the registry's workflow in Vietnamese; buyers verify labels and read the public registry in theirs.
        new("CraftMarket.QualityMarks", [Module("QualityMarks")], Staff, [("Pages/Verify/", Buyers), ("Pages/Registry/", Buyers), ("Pages/Shared/", Buyers)]),
        // The export desk and households work in Vietnamese (households read nothing else); buyers send, follow and accept in their language.
        new("CraftMarket.Inquiries", [Module("Inquiries")], Staff, [("Pages/InquiryList/", Buyers), ("Pages/Buyers/", Buyers), ("Pages/Shared/", Buyers), ("Features/Buyers/", Buyers), ("Features/Quotes/Pdf/", Buyers)]),
        // The desk, inspectors and households work in Vietnamese; buyers follow, pay and read documents in their language.
        new("CraftMarket.Orders", [Module("Orders")], Staff, [("Pages/Buyers/", Buyers), ("Pages/Shared/", Buyers), ("Features/Buyers/", Buyers), ("Features/Documents/", Buyers)]),
        // The dashboard, the audit log and the member's page are read by staff and households (Vietnamese; English is the key).
        new("CraftMarket.Insight", [Module("Insight")], Staff, []),
        // Everyone signed in sees the bell, the list and their preferences: buyers in their language.
        new("CraftMarket.Notifications", [Module("Notifications")], Buyers, []),
        new("CraftMarket.Integrations", [Module("Integrations")], Staff, []),
        // Tenancy's admin pages (brand, associations) are also read by foreign staff of the platform: every language.
        new("CraftMarket.Tenancy", [Module("Tenancy")], Staff, [("Pages/", Buyers)]),
    ];

    public static TextSet Of(string assembly) => All.Single(s => s.Assembly == assembly);
}
