using System.Text.RegularExpressions;

namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>
/// A text cut into the sentences the translation memory remembers: after . ! ? ; followed by a space,
/// and at line breaks. A name or a material is one segment.
/// </summary>
internal static partial class Segments
{
    public static IReadOnlyList<string> Of(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. Boundary().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0)];

    [GeneratedRegex(@"(?<=[.!?;。])\s+|\r?\n+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Boundary();
}
