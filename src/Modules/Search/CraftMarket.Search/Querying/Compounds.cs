using CraftMarket.SharedKernel.Text;

namespace CraftMarket.Search.Querying;

/// <summary>
/// Compounds written one way by the buyer and the other by the product: "tea pot" for a "teapot",
/// "woodcarving" for "Wood carvings". Two adjacent words are also looked up joined; a word is also
/// looked up as a phrase of two parts when both parts are craft words (this list, or one-word
/// glossary terms), so "carpet" is never read as "car pet". Shared by both engines through the plan.
/// </summary>
internal static class Compounds
{
    /// <summary>The shortest part a word is split into ("arm" + "chair", "tea" + "set").</summary>
    private const int MinPart = 3;

    /// <summary>English words that craft compounds are made of (folded, unstemmed).</summary>
    private static readonly HashSet<string> Parts =
    [
        "tea", "pot", "cup", "set", "table", "cloth", "bed", "spread", "cover", "gift", "box", "candle", "holder", "stick",
        "wood", "carving", "carvings", "carved", "work", "hand", "made", "painted", "dyed", "woven", "knitted", "embroidered",
        "arm", "chair", "day", "flower", "vase", "lamp", "shade", "place", "mat", "wall", "hanging", "book", "end", "jewel",
        "jewelry", "jewellery", "silk", "scarf", "rose", "dinner", "ware", "home", "kitchen", "plant", "pillow", "case", "cushion",
        "head", "band", "neck", "tie", "hair", "bag", "shoulder", "night", "stand", "side", "board", "chop", "sticks", "tray",
        "serving", "salad", "bowl", "rice", "soup", "dish", "fruit", "door", "mother", "pearl", "lacquer", "open", "blue",
        "white", "runner", "napkin", "coaster", "bottle", "wine", "incense", "burner", "altar", "coffee", "sugar", "milk", "jug",
        "jar", "lid", "lidded", "bath", "mirror", "frame", "photo", "picture", "toy", "clay", "stone", "glaze", "egg", "shell",
    ];

    /// <summary>
    /// The two words joined ("tea" + "pot" → "teapot"), or null when either is not a plain word of
    /// letters (Vietnamese syllables typed with marks are never joined: they are words of their own).
    /// </summary>
    public static string? Joined(string left, string right) =>
        Plain(left) && Plain(right) && left.Length >= 2 && right.Length >= 2 ? left + right : null;

    /// <summary>Every way of reading <paramref name="word"/> as two craft words ("woodcarving" → "wood carving").</summary>
    public static IEnumerable<string> Splits(string word, IReadOnlySet<string> glossaryWords)
    {
        if (!Plain(word) || word.Length < 2 * MinPart) yield break;
        var folded = TextFolding.Fold(word);
        for (var at = MinPart; at <= folded.Length - MinPart; at++)
        {
            var (left, right) = (folded[..at], folded[at..]);
            if (IsPart(left, glossaryWords) && IsPart(right, glossaryWords)) yield return $"{left} {right}";
        }
    }

    private static bool IsPart(string part, IReadOnlySet<string> glossaryWords) => Parts.Contains(part) || glossaryWords.Contains(part);

    private static bool Plain(string word) => !Analysis.Folding.HasMarks(word) && word.All(char.IsAsciiLetterLower);
}
