using CraftMarket.Insight.Seeding;
using CraftMarket.Insight.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Tests.Seeding;

/// <summary>A site that seeds the demo history (the tests' sites do not: <c>CraftMarket:Insight:DemoHistory</c> is false by default).</summary>
public sealed class DemoHistoryApp() : InsightSite(null, new Dictionary<string, string?> { [DemoHistorySeeder.Setting] = "true" });

[CollectionDefinition(Name)]
public sealed class DemoHistoryCollection : ICollectionFixture<DemoHistoryApp>
{
    public const string Name = "insight-demo-history";
}

/// <summary>The demo history as the site seeds it: written once per village, exactly what the generator makes, never twice.</summary>
[Collection(DemoHistoryCollection.Name)]
public sealed class DemoHistorySiteTests(DemoHistoryApp app)
{
    [Theory]
    [InlineData("bat-trang", 1_178)]
    [InlineData("van-phuc", 804)]
    [InlineData("dong-ky", 122)]
    public async Task Each_demo_village_has_its_generated_history_and_a_second_run_adds_nothing(string slug, int members)
    {
        await using var scope = app.ScopeFor(slug);
        var db = InsightSite.Db(scope);
        (await db.Members.CountAsync(m => m.IsDemo)).ShouldBe(members);
        var work = await db.Work.CountAsync(w => w.IsDemo);
        var defects = await db.Defects.CountAsync(d => d.IsDemo);
        work.ShouldBeGreaterThan(0);
        // The rows are the generator's (what it makes for this village today), each kind of fact there.
        var expected = DemoHistory.Generate(DemoVillage.Find(slug)!, db.Tenant, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)));
        work.ShouldBe(expected.Work.Count);
        (await db.Inquiries.CountAsync(i => i.IsDemo)).ShouldBe(expected.Inquiries.Count);
        (await db.Payouts.CountAsync(p => p.IsDemo)).ShouldBe(expected.Payouts.Count);
        (await db.Certificates.CountAsync(c => c.IsDemo)).ShouldBe(expected.Certificates.Count);
        (await db.Products.CountAsync(p => p.IsDemo)).ShouldBe(expected.Products.Count);
        var first = expected.Members[0];
        (await db.Members.SingleAsync(m => m.MemberId == first.MemberId)).DisplayName.ShouldBe(first.DisplayName);

        var seeder = app.Services.GetRequiredService<DemoHistorySeeder>();
        (await seeder.SeedVillageAsync(DemoVillage.Find(slug)!, db.Tenant, default)).ShouldBe(0);
        await seeder.SeedAsync(default);
        (await db.Members.CountAsync(m => m.IsDemo)).ShouldBe(members);
        (await db.Work.CountAsync(w => w.IsDemo)).ShouldBe(work);
        (await db.Defects.CountAsync(d => d.IsDemo)).ShouldBe(defects);
    }
}
