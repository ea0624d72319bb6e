using CraftMarket.SharedKernel.Text;
using System.Net;
using System.Text;
using CraftMarket.Search.Analysis;

namespace CraftMarket.Search.Querying;

/// <summary>
/// A short extract of the description around the first matched word, HTML-escaped, matched words in
/// &lt;mark&gt;. Done here rather than by an engine's highlighter so that both engines mark the same
/// words, folded ("gom" marks "gốm") and by stem ("vase" marks "vases").
/// </summary>
internal static class Snippets
{
    public const int Length = 180;

    public static string Build(string text, IReadOnlyCollection<string> foldedWords)
    {
        if (string.IsNullOrEmpty(text)) return "";
        text = Folding.Normalize(text);
        var spans = WordSpans(text).ToList();
        var matched = spans.Where(s => Matches(TextFolding.Fold(text.Substring(s.Start, s.Length)), foldedWords)).ToList();
        var start = matched.Count == 0 ? 0 : Math.Max(0, matched[0].Start - 40);
        if (start > 0 && text.LastIndexOf(' ', start) is var space and >= 0) start = space + 1;
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length && text.LastIndexOf(' ', end) is var cut && cut > start) end = cut;

        var sb = new StringBuilder();
        if (start > 0) sb.Append("… ");
        var at = start;
        foreach (var span in matched.Where(s => s.Start >= start && s.Start + s.Length <= end))
        {
            sb.Append(WebUtility.HtmlEncode(text[at..span.Start]));
            sb.Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(span.Start, span.Length))).Append("</mark>");
            at = span.Start + span.Length;
        }
        sb.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length) sb.Append(" …");
        return sb.ToString();
    }

    private static bool Matches(string word, IReadOnlyCollection<string> wanted)
    {
        foreach (var w in wanted)
        {
            if (word == w) return true;
            // Plurals and stems: "vases" for "vase", "glazed" for "glaze"; only for words long enough to be safe.
            if (w.Length >= 4 && word.StartsWith(w, StringComparison.Ordinal) && word.Length - w.Length <= 3) return true;
            if (word.Length >= 4 && w.StartsWith(word, StringComparison.Ordinal) && w.Length - word.Length <= 2) return true;
        }
        return false;
    }

    private static IEnumerable<(int Start, int Length)> WordSpans(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0) { yield return (start, i - start); start = -1; }
        }
    }
}
