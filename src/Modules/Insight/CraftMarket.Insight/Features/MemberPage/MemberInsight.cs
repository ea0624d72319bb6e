using CraftMarket.Insight.Features.Indicators;

namespace CraftMarket.Insight.Features.MemberPage;

/// <summary>One member's figures over a period: work received, earned (accepted value), paid, defects found in its samples.</summary>
internal sealed record MemberFigures(int WorkOrders, int Pieces, long WorkValueVnd, long EarnedVnd, long PaidVnd, int Sampled, int Defects, decimal? DefectRatio);

/// <summary>
/// The village's average per member who had work in the period (never one household's figures):
/// counts to one decimal, money to the đồng, the defect ratio pooled over their samples.
/// </summary>
internal sealed record VillageAverage(int MembersWithWork, decimal WorkOrders, decimal Pieces, long WorkValueVnd, long EarnedVnd, long PaidVnd, decimal? DefectRatio);

internal sealed record DefectTypeCount(string Type, int Count);

/// <summary>
/// A household's own page: its figures beside the village average. <see cref="Village"/> is null when
/// too few members had work to hide any one of them in the average (fewer than <see cref="MemberComparison.MinimumMembers"/>).
/// </summary>
internal sealed record MemberInsight(Period Period, MemberFigures Mine, IReadOnlyList<DefectTypeCount> MyDefects, VillageAverage? Village, bool IncludesDemo);

/// <summary>One member's totals in the period, as the query reads them (all members, grouped; never leaves the server).</summary>
internal sealed record MemberTotals(Guid MemberId, int WorkOrders, int Pieces, long WorkValueVnd, long EarnedVnd, long PaidVnd, int Sampled, int Defects);

/// <summary>The arithmetic of the member page: pure, so it is tested on hand-made totals.</summary>
internal static class MemberComparison
{
    /// <summary>
    /// With fewer members having work, an average would let a household work out a neighbour's
    /// figures (two members: the average and one's own give the other's exactly).
    /// </summary>
    public const int MinimumMembers = 5;

    public static MemberFigures Figures(MemberTotals? t) => t is null
        ? new MemberFigures(0, 0, 0, 0, 0, 0, 0, null)
        : new MemberFigures(t.WorkOrders, t.Pieces, t.WorkValueVnd, t.EarnedVnd, t.PaidVnd, t.Sampled, t.Defects, Ratio(t.Defects, t.Sampled));

    public static VillageAverage? Average(IEnumerable<MemberTotals> all)
    {
        var withWork = all.Where(t => t.WorkOrders > 0).ToList();
        if (withWork.Count < MinimumMembers) return null;
        decimal n = withWork.Count;
        return new VillageAverage(
            withWork.Count,
            Math.Round(withWork.Sum(t => (decimal)t.WorkOrders) / n, 1, MidpointRounding.AwayFromZero),
            Math.Round(withWork.Sum(t => (decimal)t.Pieces) / n, 1, MidpointRounding.AwayFromZero),
            Dong(withWork.Sum(t => (decimal)t.WorkValueVnd) / n),
            Dong(withWork.Sum(t => (decimal)t.EarnedVnd) / n),
            Dong(withWork.Sum(t => (decimal)t.PaidVnd) / n),
            Ratio(withWork.Sum(t => t.Defects), withWork.Sum(t => t.Sampled)));
    }

    public static MemberInsight Compare(Guid member, IReadOnlyCollection<MemberTotals> all, IReadOnlyList<DefectTypeCount> myDefects, Period period, bool includesDemo) =>
        new(period, Figures(all.FirstOrDefault(t => t.MemberId == member)), myDefects, Average(all), includesDemo);

    /// <summary>Defects per sampled piece, to four places; null with nothing sampled.</summary>
    public static decimal? Ratio(int defects, int sampled) =>
        sampled <= 0 ? null : Math.Round((decimal)defects / sampled, 4, MidpointRounding.AwayFromZero);

    private static long Dong(decimal value) => (long)Math.Round(value, 0, MidpointRounding.AwayFromZero);
}
