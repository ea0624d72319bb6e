using CraftMarket.Members.Contracts;
using CraftMarket.Members.Seeding;
using CraftMarket.Members.Tests.Support;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Members.Tests.InProcess;

public sealed class DemoSeederTests(DemoSeederTests.App app) : IClassFixture<DemoSeederTests.App>
{
    public sealed class App() : MembersApp();

    [Theory]
    [InlineData("bat-trang")]
    [InlineData("van-phuc")]
    [InlineData("dong-ky")]
    public async Task The_demo_villages_have_their_members_from_the_start(string slug)
    {
        await using var scope = app.ScopeFor(slug);
        var names = await MembersApp.Db(scope).Members.Select(m => m.DisplayName).ToListAsync();
        names.ShouldBe(DemoMembers.BySlug[slug].Select(p => p.DisplayName), ignoreOrder: true);
    }

    [Theory]
    [InlineData("bat-trang")]
    [InlineData("van-phuc")]
    [InlineData("dong-ky")]
    public async Task Each_village_gets_active_households_and_a_firm_that_can_sign_once(string slug)
    {
        var seeder = app.Services.GetServices<IDemoDataSeeder>().OfType<MembersDemoSeeder>().Single();
        seeder.Order.ShouldBe(20);
        var tenant = TenantId.New();   // a fresh association, so the real seed (if Tenancy ran it) does not interfere

        (await seeder.SeedTenantAsync(tenant, slug, DemoMembers.BySlug[slug], default)).ShouldBeGreaterThanOrEqualTo(5);
        (await seeder.SeedTenantAsync(tenant, slug, DemoMembers.BySlug[slug], default)).ShouldBe(0, "a village with members is skipped");

        await using var scope = app.ScopeFor(tenant, slug);
        var db = MembersApp.Db(scope);
        var members = await db.Members.ToListAsync();
        members.Count.ShouldBe(DemoMembers.BySlug[slug].Count);
        members.ShouldAllBe(m => m.Status == MemberStatus.Active && m.PhoneE164.StartsWith("+849"));
        members.ShouldContain(m => m.Kind == MemberKind.Household);
        members.ShouldContain(m => m.Kind != MemberKind.Household && m.CanSignContracts);
        members.ShouldAllBe(m => m.Capacities.Count > 0 && m.Crafts.Count > 0);
        (await db.Outbox.CountAsync()).ShouldBe(0, "demo phones are not texted");
    }
}
