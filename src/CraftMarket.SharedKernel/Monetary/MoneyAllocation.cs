namespace CraftMarket.SharedKernel.Monetary;

/// <summary>
/// Splitting an amount without losing or inventing a minor unit: deposits and balances, shares of
/// a joint quote, payouts to several households.
/// </summary>
public sealed partial record Money
{
    /// <summary>Basis points in a whole: 10 000 = 100 %.</summary>
    public const int WholeInBasisPoints = 10_000;

    /// <summary>
    /// Splits this amount in proportion to <paramref name="weights"/> (non-negative, at least one
    /// above zero) by the largest-remainder method: each part first gets the whole minor units of its
    /// exact share (rounded toward zero), then the units left over go one each to the parts with the
    /// largest remainders, ties to the earlier part. So the parts always sum to this amount exactly,
    /// each is within one minor unit of its exact share, a zero weight gets nothing, and the same
    /// input always gives the same split. A negative amount splits like its absolute value, negated.
    /// </summary>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0) throw new ArgumentException("Give at least one weight.", nameof(weights));
        Int128 total = 0;
        foreach (var w in weights)
        {
            if (w < 0) throw new ArgumentException("Weights cannot be negative.", nameof(weights));
            total += w;
        }
        if (total == 0) throw new ArgumentException("At least one weight must be above zero.", nameof(weights));

        // Int128 holds |amount| × weight for any long amount and weight, so no share is approximated.
        Int128 amount = MinorUnits;
        var sign = amount < 0 ? -1 : 1;
        var whole = Int128.Abs(amount);
        var parts = new Int128[weights.Count];
        var remainders = new Int128[weights.Count];
        Int128 given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            (parts[i], remainders[i]) = Int128.DivRem(whole * weights[i], total);
            given += parts[i];
        }
        var leftOver = (int)(whole - given);   // fewer than weights.Count, each remainder being < total
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(leftOver))
            parts[i]++;
        return [.. parts.Select(p => new Money((long)(p * sign), Currency))];
    }

    /// <summary>Equal shares by number of parts (e.g. a joint quote among three households); the earlier parts take the odd units.</summary>
    public IReadOnlyList<Money> Allocate(int parts)
    {
        if (parts < 1) throw new ArgumentOutOfRangeException(nameof(parts), parts, "Split into at least one part.");
        return Allocate([.. Enumerable.Repeat(1L, parts)]);
    }

    /// <summary>
    /// A percentage and the rest, e.g. a 30 % deposit and the 70 % balance:
    /// <c>total.SplitPercent(3_000)</c> in basis points (1 bp = 0.01 %). The two always sum to the
    /// total; the odd unit goes by largest remainder, so 1 000 001 ₫ at 30 % is a deposit of
    /// 300 000 ₫ and a balance of 700 001 ₫ (an exact tie goes to the percentage part).
    /// </summary>
    public (Money Part, Money Remainder) SplitPercent(int basisPoints)
    {
        if (basisPoints is < 0 or > WholeInBasisPoints)
            throw new ArgumentOutOfRangeException(nameof(basisPoints), basisPoints, "A percentage is 0 to 10 000 basis points.");
        var split = Allocate([basisPoints, WholeInBasisPoints - basisPoints]);
        return (split[0], split[1]);
    }
}
