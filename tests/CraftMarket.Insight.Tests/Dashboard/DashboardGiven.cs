using CraftMarket.Insight.Domain;
using CraftMarket.Insight.Tests.Support;

namespace CraftMarket.Insight.Tests.Dashboard;

/// <summary>
/// Facts written straight into the read models, in a month long before any demo history or other
/// test's records, so a page over that month shows exactly what a test put there.
/// </summary>
internal static class DashboardGiven
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, Vietnam);

    /// <summary>A member and one inspection of its lot in that month: <paramref name="sampled"/> pieces, <paramref name="defects"/> of <paramref name="type"/>.</summary>
    public static async Task<Guid> InspectedMemberAsync(InsightApp app, string slug, string name, DateTimeOffset at, int sampled, string type, int defects)
    {
        await using var scope = app.ScopeFor(slug);
        var db = InsightSite.Db(scope);
        var tenant = app.TenantIdOf(slug);
        var member = Guid.NewGuid();
        var check = Guid.NewGuid();
        db.Members.Add(new MemberFact { TenantId = tenant, MemberId = member, DisplayName = name, Kind = "Household", JoinedAt = at.AddYears(-1) });
        db.Inspections.Add(new InspectionFact
        {
            TenantId = tenant, CheckId = check, WorkOrderId = Guid.NewGuid(), MemberId = member, At = at, LotSize = sampled * 10, SampleSize = sampled,
            Accepted = sampled - defects, Rejected = defects,
        });
        db.Defects.Add(new DefectFact { TenantId = tenant, CheckId = check, MemberId = member, At = at, Type = type, Count = defects });
        await db.SaveChangesAsync();
        return member;
    }

    public static async Task InquiriesAsync(InsightApp app, string slug, DateTimeOffset at, string source, int count)
    {
        await using var scope = app.ScopeFor(slug);
        var db = InsightSite.Db(scope);
        for (var i = 0; i < count; i++)
            db.Inquiries.Add(new InquiryFact
            {
                TenantId = app.TenantIdOf(slug), InquiryId = Guid.NewGuid(), Source = source, Status = "Submitted", SubmittedAt = at.AddHours(i),
            });
        await db.SaveChangesAsync();
    }
}
