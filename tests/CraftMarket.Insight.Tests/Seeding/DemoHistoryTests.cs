using System.Text.Json;
using CraftMarket.Insight.Domain;
using CraftMarket.Insight.Seeding;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Insight.Tests.Seeding;

/// <summary>The generated demo history: deterministic, the right size per village, every row labelled demo, and a story in it.</summary>
public sealed class DemoHistoryTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly TenantId Tenant = new(Guid.Parse("0b9d6f5e-6a55-4f7e-9d0e-3c1f1e0e1172"));
    /// <summary>The first of the 24 months: two years back to the first of a month, today's month included.</summary>
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
    private static readonly Lazy<DemoFacts> BatTrang = new(() => DemoHistory.Generate(DemoVillage.Find("bat-trang")!, Tenant, Today));

    [Fact]
    public void The_same_village_and_day_give_the_same_history_ids_included()
    {
        var again = DemoHistory.Generate(DemoVillage.Find("bat-trang")!, Tenant, Today);
        Json(again).ShouldBe(Json(BatTrang.Value));
        var otherDay = DemoHistory.Generate(DemoVillage.Find("bat-trang")!, Tenant, Today.AddDays(1));
        otherDay.Members.Select(m => m.MemberId).ShouldBe(BatTrang.Value.Members.Select(m => m.MemberId));   // the same households
        Json(DemoHistory.Generate(DemoVillage.Find("van-phuc")!, Tenant, Today)).ShouldNotBe(Json(BatTrang.Value));
    }

    /// <summary>PostgreSQL's timestamptz takes only UTC instants through Npgsql: a +07:00 one made the seed fail there.</summary>
    [Fact]
    public void Every_instant_of_the_history_is_in_utc()
    {
        var facts = BatTrang.Value;
        var rows = new System.Collections.IEnumerable[] { facts.Members, facts.Inquiries, facts.Orders, facts.Work, facts.Inspections, facts.Defects, facts.Payouts, facts.Certificates, facts.Products }
            .SelectMany(list => list.Cast<object>()).ToList();
        var instants = rows.SelectMany(row => row.GetType().GetProperties()
                .Where(p => p.PropertyType == typeof(DateTimeOffset) || p.PropertyType == typeof(DateTimeOffset?))
                .Select(p => (row.GetType().Name, p.Name, Value: (DateTimeOffset?)p.GetValue(row))))
            .Where(i => i.Value is not null).ToList();
        instants.Count.ShouldBeGreaterThan(1_000);
        instants.Where(i => i.Value!.Value.Offset != TimeSpan.Zero).Take(3).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("bat-trang", 1_172, 5)]
    [InlineData("van-phuc", 800, 3)]
    [InlineData("dong-ky", 120, 2)]
    public void Each_village_has_its_households_and_enterprises_and_every_row_is_labelled_demo(string slug, int households, int enterprises)
    {
        var facts = DemoHistory.Generate(DemoVillage.Find(slug)!, Tenant, Today);
        facts.Members.Count(m => m.Kind == "Household").ShouldBe(households);
        facts.Members.Count(m => m.Kind == "Enterprise").ShouldBe(enterprises);
        IEnumerable<(bool Demo, TenantId Tenant)> rows =
        [
            .. facts.Members.Select(f => (f.IsDemo, f.TenantId)), .. facts.Inquiries.Select(f => (f.IsDemo, f.TenantId)),
            .. facts.Orders.Select(f => (f.IsDemo, f.TenantId)), .. facts.Work.Select(f => (f.IsDemo, f.TenantId)),
            .. facts.Inspections.Select(f => (f.IsDemo, f.TenantId)), .. facts.Defects.Select(f => (f.IsDemo, f.TenantId)),
            .. facts.Payouts.Select(f => (f.IsDemo, f.TenantId)), .. facts.Certificates.Select(f => (f.IsDemo, f.TenantId)),
            .. facts.Products.Select(f => (f.IsDemo, f.TenantId)),
        ];
        rows.Count().ShouldBe(facts.Count);
        rows.ShouldAllBe(r => r.Demo && r.Tenant == Tenant);
        facts.Orders.ShouldNotBeEmpty();
        facts.Payouts.ShouldNotBeEmpty();
        facts.Certificates.ShouldNotBeEmpty();
        facts.Products.ShouldNotBeEmpty();
        // Two years, nothing after today (Vietnam).
        var end = new DateTimeOffset(Today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
        facts.Inquiries.ShouldAllBe(i => i.SubmittedAt < end && i.SubmittedAt >= end.AddMonths(-25));
        facts.Work.ShouldAllBe(w => w.IssuedAt < end);
        facts.Payouts.ShouldAllBe(p => p.PaidOn <= Today);
        // Keys are unique, as the tables require.
        facts.Members.Select(m => m.MemberId).Distinct().Count().ShouldBe(facts.Members.Count);
        facts.Work.Select(w => w.WorkOrderId).Distinct().Count().ShouldBe(facts.Work.Count);
        facts.Defects.Select(d => (d.CheckId, d.Type)).Distinct().Count().ShouldBe(facts.Defects.Count);
        // Work goes only to members, and the defect types are the village's (Orders' craft list).
        var members = facts.Members.Select(m => m.MemberId).ToHashSet();
        facts.Work.ShouldAllBe(w => members.Contains(w.MemberId));
        facts.Defects.Select(d => d.Type).Distinct().ShouldBeSubsetOf(DemoVillage.Find(slug)!.DefectTypes);
    }

    [Fact]
    public void Some_households_are_never_offered_work_and_members_join_and_leave()
    {
        var facts = BatTrang.Value;
        var withWork = facts.Work.Select(w => w.MemberId).ToHashSet();
        var never = facts.Members.Count(m => m.Kind == "Household" && !withWork.Contains(m.MemberId));
        never.ShouldBeGreaterThan(50);
        never.ShouldBeLessThan(600);
        facts.Members.Count(m => m.JoinedAt >= Start).ShouldBeGreaterThan(50);
        facts.Members.Count(m => m.LeftAt is not null).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void The_charts_tell_a_story_growth_fairer_work_a_defect_problem_fixed_and_faster_payouts()
    {
        var f = BatTrang.Value;
        var firstYear = Start.AddMonths(12);
        // Growth: more leads in the last six months than in the first six, more of them from the cross-village search.
        var early = f.Inquiries.Where(i => i.SubmittedAt < Start.AddMonths(6)).ToList();
        var late = f.Inquiries.Where(i => i.SubmittedAt >= Start.AddMonths(18)).ToList();
        late.Count.ShouldBeGreaterThan(early.Count * 3 / 2);   // the last months: not six whole ones (today is the 7th)
        Share(late, i => i.Source == "CrossVillage").ShouldBeGreaterThan(Share(early, i => i.Source == "CrossVillage") + 0.15);
        Share(late, i => i.AcceptedAt is not null).ShouldBeGreaterThan(Share(early, i => i.AcceptedAt is not null));

        // Fairness: the Gini of work value across the members with work falls from the first year to the second.
        var gini1 = Gini(f.Work.Where(w => w.IssuedAt < firstYear));
        var gini2 = Gini(f.Work.Where(w => w.IssuedAt >= firstYear));
        gini2.ShouldBeLessThan(gini1 - 0.1);
        f.Work.Where(w => w.IssuedAt >= firstYear).Select(w => w.MemberId).Distinct().Count()
            .ShouldBeGreaterThan(f.Work.Where(w => w.IssuedAt < firstYear).Select(w => w.MemberId).Distinct().Count());

        // The problem defect (glaze run) climbs in the middle and is fixed by the end.
        double Rate(int fromMonth, int toMonth)
        {
            var (from, to) = (Start.AddMonths(fromMonth), Start.AddMonths(toMonth));
            var sampled = f.Inspections.Where(i => i.At >= from && i.At < to).Sum(i => i.SampleSize);
            return f.Defects.Where(d => d.Type == "glaze-run" && d.At >= from && d.At < to).Sum(d => d.Count) / (double)sampled;
        }
        Rate(10, 15).ShouldBeGreaterThan(Rate(0, 6) * 3);
        Rate(10, 15).ShouldBeGreaterThan(Rate(18, 24) * 3);

        // Payouts: days from inspection to payout shrink.
        var inspected = f.Inspections.GroupBy(i => i.MemberId).ToDictionary(g => g.Key, g => g.Select(i => i.At).Order().ToList());
        var delays = f.Payouts.Select(p => (p.At, Days: (p.At - inspected[p.MemberId].Last(a => a <= p.At)).TotalDays)).ToList();
        delays.Where(d => d.At < Start.AddMonths(6)).Average(d => d.Days)
            .ShouldBeGreaterThan(delays.Where(d => d.At >= Start.AddMonths(18)).Average(d => d.Days) * 1.5);
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> test) => items.Count(test) / (double)items.Count;

    private static double Gini(IEnumerable<WorkFact> work)
    {
        var values = work.GroupBy(w => w.MemberId).Select(g => (double)g.Sum(w => w.ValueVnd)).Order().ToList();
        var n = values.Count;
        var weighted = values.Select((v, i) => (2.0 * (i + 1) - n - 1) * v).Sum();
        return weighted / (n * values.Sum());
    }

    private static string Json(DemoFacts facts) => JsonSerializer.Serialize(new
    {
        facts.Members, facts.Inquiries, facts.Orders, facts.Work, facts.Inspections, facts.Defects, facts.Payouts, facts.Certificates, facts.Products,
    });
}
