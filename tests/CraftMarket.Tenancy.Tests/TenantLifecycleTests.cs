using System.Net;
using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Features.Tenants;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Tenancy.Tests;

/// <summary>Create, restyle and suspend through the use cases; the site reflects each change at once.</summary>
public sealed class TenantLifecycleTests : IDisposable
{
    private readonly CraftMarketApp app = new(seedDemo: false);

    private async Task<T> Use<T>(Func<ManageTenants, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ManageTenants>());
    }

    private static TenantInput LaPhu(string primary = "#335577", string[]? hosts = null) => new(
        "la-phu", "Làng dệt La Phù", "La Phu Knitwear", hosts ?? [], "vi", ["vi", "en"], [new("USD", 0.000038m)], null,
        new BrandInput("Dệt kim La Phù", "Knitwear since 1930", null, primary, null, null, null, null, null, null));

    [Fact]
    public async Task A_new_association_is_served_immediately_with_its_brand()
    {
        _ = app.ClientFor(null); // start the host
        (await Use(t => t.CreateAsync(LaPhu(), default))).IsSuccess.ShouldBeTrue();
        var html = await app.ClientFor("la-phu").GetStringAsync("/");
        html.ShouldContain("Dệt kim La Phù");
        html.ShouldContain("--brand-primary:#335577");
    }

    [Fact]
    public async Task Restyling_changes_the_pages_without_a_restart()
    {
        _ = app.ClientFor(null);
        var created = await Use(t => t.CreateAsync(LaPhu(), default));
        await Use(t => t.UpdateAsync(created.Value!.Id, LaPhu(primary: "#aa2200"), default));
        (await app.ClientFor("la-phu").GetStringAsync("/")).ShouldContain("--brand-primary:#aa2200");
    }

    [Fact]
    public async Task Suspended_association_shows_a_suspension_page_and_no_data()
    {
        _ = app.ClientFor(null);
        var created = await Use(t => t.CreateAsync(LaPhu(), default));
        await Use(t => t.SuspendAsync(created.Value!.Id, new SuspendTenant("Membership fees unpaid"), default));

        var page = await app.ClientFor("la-phu").GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("This association is suspended");
        html.ShouldNotContain("Knitwear since 1930");
        (await app.ClientFor("la-phu").GetAsync("/api/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ClientFor(null).GetStringAsync("/")).ShouldNotContain("La Phu Knitwear");

        await Use(t => t.ReactivateAsync(created.Value!.Id, default));
        (await app.ClientFor("la-phu").GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Invalid_settings_are_refused_field_by_field_and_nothing_is_stored()
    {
        _ = app.ClientFor(null);
        var bad = LaPhu(primary: "red; background:url(x)") with { Slug = "La Phu!", SupportedLanguages = ["vi", "xx"] };
        var result = await Use(t => t.CreateAsync(bad, default));
        result.Error!.Kind.ShouldBe(ErrorKind.Validation);
        result.Error.Fields!.Keys.ShouldBe(["slug", "supportedLanguages", "primaryColor"], ignoreOrder: true);
        (await Use(t => t.ListAsync(default))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("van-phuc.localhost")]
    public async Task A_custom_host_may_not_sit_on_the_platform_domain(string host)
    {
        _ = app.ClientFor(null);
        var result = await Use(t => t.CreateAsync(LaPhu(hosts: [host]), default));
        result.Error!.Fields!.Keys.ShouldContain("hostNames");
    }

    [Fact]
    public async Task Null_list_entries_are_ignored_not_a_crash()
    {
        _ = app.ClientFor(null);
        var input = LaPhu() with { HostNames = [null!], DisplayCurrencies = [null!] };
        (await Use(t => t.CreateAsync(input, default))).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task Slugs_and_custom_hosts_are_unique_across_associations()
    {
        _ = app.ClientFor(null);
        (await Use(t => t.CreateAsync(LaPhu(hosts: ["laphu.vn"]), default))).IsSuccess.ShouldBeTrue();
        (await Use(t => t.CreateAsync(LaPhu(), default))).Error!.Code.ShouldBe("slug_taken");
        (await Use(t => t.CreateAsync(LaPhu(hosts: ["laphu.vn"]) with { Slug = "la-phu-2" }, default))).Error!.Code.ShouldBe("host_taken");
    }

    public void Dispose() => app.Dispose();
}

/// <summary>Another node changed a tenant behind this node's back: the refresher notices.</summary>
public sealed class TenantCacheRefreshTests : IDisposable
{
    private readonly CraftMarketApp app = new(seedDemo: true, extra: new Dictionary<string, string?> { ["CraftMarket:Tenancy:RefreshInterval"] = "00:00:00.100" });

    [Fact]
    public async Task A_change_made_by_another_node_reaches_this_node_without_a_restart()
    {
        (await app.ClientFor("van-phuc").GetStringAsync("/")).ShouldContain("--brand-primary:#8b1e3f");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Straight to the database, as another node would: this node's cache is not told.
            var db = scope.ServiceProvider.GetRequiredService<Data.TenancyDb>();
            var tenant = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Tenants, t => t.Slug == "van-phuc");
            tenant.UpdateBrand(tenant.Brand with { PrimaryColor = "#004400" }, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var seen = "";
        for (var i = 0; i < 50 && !seen.Contains("--brand-primary:#004400", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            seen = await app.ClientFor("van-phuc").GetStringAsync("/");
        }
        seen.ShouldContain("--brand-primary:#004400");
    }

    public void Dispose() => app.Dispose();
}
