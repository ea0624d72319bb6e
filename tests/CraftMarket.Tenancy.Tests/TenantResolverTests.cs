using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Resolution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.Tenancy.Tests;

/// <summary>The resolver on its own, at the scale of every craft village in Vietnam.</summary>
public sealed class TenantResolverTests
{
    internal static TenantCache.Snapshot Villages(int count)
    {
        using var cache = new TenantCache(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());
        cache.Load(Enumerable.Range(0, count).Select(i => Village($"village-{i}", i == 7 ? TenantStatus.Suspended : TenantStatus.Active, [$"shop{i}.example.vn"])));
        return cache.Current;
    }

    internal static ResolvedTenant Village(string slug, TenantStatus status, string[] hosts) => new(
        TenantId.New(), slug, slug, slug, slug, "", status, "vi", ["vi", "en"], "VND", [], "base",
        new BrandTokens("#000000", "#000000", "#ffffff", "#000000", "serif", "sans-serif", null), new ExportDeskContact(null, null, null, null), hosts);

    private readonly TenantResolver resolver = new(Options.Create(new TenancyOptions { BaseDomain = "craftmarket.vn", PathPrefix = "v" }));
    private readonly TenantCache.Snapshot villages = Villages(1500);

    [Theory]
    [InlineData("village-1499.craftmarket.vn", "/", "village-1499")]
    [InlineData("VILLAGE-12.CraftMarket.vn:8443", "/", "village-12")]
    [InlineData("www.village-3.craftmarket.vn", "/", "village-3")]
    [InlineData("shop42.example.vn", "/anything", "village-42")]
    [InlineData("craftmarket.vn", "/v/village-900/members", "village-900")]
    public void Finds_the_village(string host, string path, string slug) =>
        resolver.Resolve(villages, host, path).Tenant!.Slug.ShouldBe(slug);

    [Fact]
    public void Path_form_reports_the_prefix_to_strip() =>
        resolver.Resolve(villages, "craftmarket.vn", "/v/village-9/members").PathPrefixLength.ShouldBe("/v/village-9".Length);

    [Theory]
    [InlineData("craftmarket.vn", "/")]
    [InlineData("127.0.0.1:5000", "/health/ready")]
    [InlineData("[::1]:5000", "/")]
    public void Platform_host_has_no_tenant(string host, string path)
    {
        var match = resolver.Resolve(villages, host, path);
        match.Tenant.ShouldBeNull();
        match.IsPlatformHost.ShouldBeTrue();
    }

    [Theory]
    [InlineData("village-99999.craftmarket.vn", "/", "village-99999")]
    [InlineData("craftmarket.vn", "/v/ghost/", "ghost")]
    [InlineData("evil.example", "/", "evil.example")]
    [InlineData("127.evil.example:80", "/v/village-1/", "127.evil.example")]
    [InlineData("10.0.0.5", "/", "10.0.0.5")]
    public void Unknown_slug_is_reported_not_guessed(string host, string path, string slug)
    {
        var match = resolver.Resolve(villages, host, path);
        match.Tenant.ShouldBeNull();
        match.UnknownSlug.ShouldBe(slug);
        match.IsPlatformHost.ShouldBeFalse();
    }

    [Fact]
    public void Suspended_village_is_resolved_so_the_middleware_can_refuse_it() =>
        resolver.Resolve(villages, "village-7.craftmarket.vn", "/").Tenant!.IsActive.ShouldBeFalse();
}
