using System.Globalization;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>
/// What the inspector must do with one lot: ISO 2859-1, general inspection level II, single
/// sampling, normal inspection (ADR 0058). <see cref="CodeLetter"/> is the lot's own letter (Table I);
/// <see cref="PlanLetter"/> the row the plan came from after following the master table's arrow.
/// <see cref="SampleSize"/> is what to draw: the plan's size, or the whole lot when that is no larger
/// (<see cref="IsFullInspection"/>). Accept when the defective pieces found are at most
/// <see cref="AcceptNumber"/>; reject from <see cref="RejectNumber"/>.
/// </summary>
internal sealed record SamplingPlan(int LotSize, string Aql, char CodeLetter, char PlanLetter, int TableSampleSize, int SampleSize,
    int AcceptNumber, int RejectNumber)
{
    public bool IsFullInspection => TableSampleSize >= LotSize;

    public bool Accepts(int defective) => defective <= AcceptNumber;

    /// <summary>The AQLs this platform offers (a column of Table II-A each), as written in the settings.</summary>
    public static readonly IReadOnlyList<string> Aqls = ["0.65", "1.0", "1.5", "2.5", "4.0", "6.5"];

    /// <summary>"2.5", "2,5", "2.50" → "2.5"; null when the value is not one of <see cref="Aqls"/>.</summary>
    public static string? NormalizeAql(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        return Aqls.FirstOrDefault(a => decimal.Parse(a, CultureInfo.InvariantCulture) == value);
    }

    /// <summary>The plan for a lot of <paramref name="lotSize"/> pieces (at least 1) at <paramref name="aql"/> (one of <see cref="Aqls"/>).</summary>
    public static SamplingPlan For(int lotSize, string aql)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lotSize, 1);
        var column = NormalizeAql(aql) is { } known ? IndexOf(known)
            : throw new ArgumentException($"AQL {aql} is not offered; use one of {string.Join(", ", Aqls)}.", nameof(aql));
        var letter = CodeLetterIndex(lotSize);
        var row = letter;
        // Table II-A: ↓ use the first plan below the arrow, ↑ the first above; the sample size is that row's.
        while (Ac[row][column] == Down) row++;
        while (Ac[row][column] == Up) row--;
        var n = SampleSizes[row];
        var ac = Ac[row][column];
        return new SamplingPlan(lotSize, Aqls[column], Letters[letter], Letters[row], n, Math.Min(n, lotSize), ac, ac + 1);
    }

    private static int IndexOf(string aql)
    {
        for (var i = 0; i < Aqls.Count; i++) if (string.Equals(Aqls[i], aql, StringComparison.Ordinal)) return i;
        return -1;
    }

    // Table I, general inspection level II: the largest lot of each code letter (over 500 000: Q).
    private static readonly int[] LotUpTo = [8, 15, 25, 50, 90, 150, 280, 500, 1_200, 3_200, 10_000, 35_000, 150_000, 500_000];

    internal static readonly char[] Letters = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R'];

    internal static readonly int[] SampleSizes = [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1_250, 2_000];

    private static int CodeLetterIndex(int lotSize)
    {
        for (var i = 0; i < LotUpTo.Length; i++) if (lotSize <= LotUpTo[i]) return i;
        return LotUpTo.Length;   // Q
    }

    private const int Down = -1, Up = -2;
    private const int D = Down, U = Up;

    // Table II-A (single sampling, normal inspection), acceptance numbers; Re = Ac + 1 throughout.
    // Columns: AQL 0.65, 1.0, 1.5, 2.5, 4.0, 6.5.
    private static readonly int[][] Ac =
    [
        /* A    2 */ [D, D, D, D, D, 0],
        /* B    3 */ [D, D, D, D, 0, U],
        /* C    5 */ [D, D, D, 0, U, D],
        /* D    8 */ [D, D, 0, U, D, 1],
        /* E   13 */ [D, 0, U, D, 1, 2],
        /* F   20 */ [0, U, D, 1, 2, 3],
        /* G   32 */ [U, D, 1, 2, 3, 5],
        /* H   50 */ [D, 1, 2, 3, 5, 7],
        /* J   80 */ [1, 2, 3, 5, 7, 10],
        /* K  125 */ [2, 3, 5, 7, 10, 14],
        /* L  200 */ [3, 5, 7, 10, 14, 21],
        /* M  315 */ [5, 7, 10, 14, 21, U],
        /* N  500 */ [7, 10, 14, 21, U, U],
        /* P  800 */ [10, 14, 21, U, U, U],
        /* Q 1250 */ [14, 21, U, U, U, U],
        /* R 2000 */ [21, U, U, U, U, U],
    ];
}
