using CraftMarket.Insight.Domain;
using CraftMarket.Insight.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Insight.Tests.MemberPage;

/// <summary>Hand-made facts for one member, written straight into the read models (as the consumers would have).</summary>
internal static class MemberFacts
{
    /// <summary>One inspected and paid work order of <paramref name="member"/>, issued <paramref name="daysAgo"/> days ago.</summary>
    public static async Task AddWorkAsync(TradeSite app, string village, Guid member, int daysAgo, int pieces, long valueVnd, long acceptedVnd,
        int sampled, IReadOnlyList<(string Type, int Count)> defects, long paidVnd)
    {
        await using var scope = app.ScopeFor(village);
        var db = InsightSite.Db(scope);
        var tenant = db.Tenant;
        var issued = DateTimeOffset.UtcNow.AddDays(-daysAgo);
        var work = Guid.NewGuid();
        var check = Guid.NewGuid();
        db.Work.Add(new WorkFact
        {
            TenantId = tenant, WorkOrderId = work, OrderId = Guid.NewGuid(), MemberId = member, IssuedAt = issued, Quantity = pieces,
            Accepted = pieces, ValueVnd = valueVnd, DueOn = DateOnly.FromDateTime(issued.AddDays(20).UtcDateTime), State = "Inspected",
            InspectedAt = issued.AddDays(2),
        });
        db.Inspections.Add(new InspectionFact
        {
            TenantId = tenant, CheckId = check, WorkOrderId = work, MemberId = member, At = issued.AddDays(2), LotSize = pieces, SampleSize = sampled,
            Accepted = pieces, AcceptedValueVnd = acceptedVnd,
        });
        foreach (var (type, count) in defects)
            db.Defects.Add(new DefectFact { TenantId = tenant, CheckId = check, MemberId = member, At = issued.AddDays(2), Type = type, Count = count });
        if (paidVnd > 0)
            db.Payouts.Add(new PayoutFact
            {
                TenantId = tenant, PayoutId = Guid.NewGuid(), MemberId = member, AmountVnd = paidVnd, At = issued.AddDays(3),
                PaidOn = DateOnly.FromDateTime(issued.AddDays(3).AddHours(7).UtcDateTime),
            });
        await db.SaveChangesAsync();
    }
}
