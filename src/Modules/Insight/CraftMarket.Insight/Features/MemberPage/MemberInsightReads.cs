using CraftMarket.Insight.Data;
using CraftMarket.Insight.Features.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Insight.Features.MemberPage;

/// <summary>
/// Reads the member page's figures from the facts (never from Orders' tables): the last 12 months
/// (Vietnam dates, today included), every member's totals grouped in SQL, then only the caller's own
/// figures and the village average leave this class.
/// </summary>
internal sealed class MemberInsightReads(InsightDb db, TimeProvider clock)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static Period LastTwelveMonths(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(Vietnam).DateTime);
        return new Period(today.AddMonths(-12).AddDays(1), today);
    }

    public Task<MemberInsight> ForMemberAsync(Guid member, CancellationToken ct) => ForMemberAsync(member, LastTwelveMonths(clock.GetUtcNow()), ct);

    public async Task<MemberInsight> ForMemberAsync(Guid member, Period period, CancellationToken ct)
    {
        var from = new DateTimeOffset(period.From.ToDateTime(TimeOnly.MinValue), Vietnam);
        var until = new DateTimeOffset(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), Vietnam);
        const string cancelled = "Cancelled";

        var work = await db.Work.AsNoTracking()
            .Where(w => w.IssuedAt >= from && w.IssuedAt < until && w.State != cancelled)
            .GroupBy(w => w.MemberId)
            .Select(g => new { MemberId = g.Key, Count = g.Count(), Pieces = g.Sum(w => w.Quantity), Value = g.Sum(w => w.ValueVnd), Demo = g.Max(w => w.IsDemo ? 1 : 0) })
            .ToListAsync(ct);
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.At >= from && i.At < until)
            .GroupBy(i => i.MemberId)
            .Select(g => new { MemberId = g.Key, Earned = g.Sum(i => i.AcceptedValueVnd), Sampled = g.Sum(i => i.SampleSize) })
            .ToListAsync(ct);
        var defects = await db.Defects.AsNoTracking()
            .Where(d => d.At >= from && d.At < until)
            .GroupBy(d => d.MemberId)
            .Select(g => new { MemberId = g.Key, Count = g.Sum(d => d.Count) })
            .ToListAsync(ct);
        var payouts = await db.Payouts.AsNoTracking()
            .Where(p => p.PaidOn >= period.From && p.PaidOn <= period.To)
            .GroupBy(p => p.MemberId)
            .Select(g => new { MemberId = g.Key, Paid = g.Sum(p => p.AmountVnd) })
            .ToListAsync(ct);

        var ids = work.Select(w => w.MemberId).Concat(inspections.Select(i => i.MemberId)).Concat(defects.Select(d => d.MemberId))
            .Concat(payouts.Select(p => p.MemberId)).Distinct();
        var w = work.ToDictionary(x => x.MemberId);
        var i = inspections.ToDictionary(x => x.MemberId);
        var d = defects.ToDictionary(x => x.MemberId);
        var p = payouts.ToDictionary(x => x.MemberId);
        var totals = ids.Select(id => new MemberTotals(id,
            w.GetValueOrDefault(id)?.Count ?? 0, w.GetValueOrDefault(id)?.Pieces ?? 0, w.GetValueOrDefault(id)?.Value ?? 0,
            i.GetValueOrDefault(id)?.Earned ?? 0, p.GetValueOrDefault(id)?.Paid ?? 0,
            i.GetValueOrDefault(id)?.Sampled ?? 0, d.GetValueOrDefault(id)?.Count ?? 0)).ToList();

        var myDefects = await db.Defects.AsNoTracking()
            .Where(x => x.MemberId == member && x.At >= from && x.At < until)
            .GroupBy(x => x.Type)
            .Select(g => new DefectTypeCount(g.Key, g.Sum(x => x.Count)))
            .ToListAsync(ct);
        var ordered = myDefects.Where(x => x.Count > 0).OrderByDescending(x => x.Count).ThenBy(x => x.Type, StringComparer.Ordinal).ToList();
        return MemberComparison.Compare(member, totals, ordered, period, work.Any(x => x.Demo == 1));
    }
}
