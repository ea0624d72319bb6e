using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.ReadModel;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue.Tests.InProcess;

/// <summary>What other modules read: ICatalogue within a tenant, ICrossVillageCatalogue across active villages.</summary>
[Collection(SharedSite.Name)]
public sealed class ReadModelTests(SqliteCatalogueApp app)
{
    [Fact]
    public async Task ICatalogue_answers_for_the_current_village_only()
    {
        Guid draft, vanPhucProduct;
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
            draft = (await db.Products.AsNoTracking().FirstAsync(p => p.Status == ProductStatus.Draft)).Id.Value;
            var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
            var access = (await catalogue.FindAccessAsync(new ProductId(draft), default))!;
            access.IsPublic.ShouldBeFalse();
            access.Makers.ShouldNotBeEmpty();
            access.IsMadeBy(access.Makers[0]).ShouldBeTrue();

            var published = new List<PublishedProduct>();
            await foreach (var p in catalogue.PublishedAsync(default)) published.Add(p);
            published.Count.ShouldBe(await db.Products.CountAsync(p => p.Status == ProductStatus.Published));
            published.ShouldAllBe(p => p.TenantSlug == "bat-trang" && p.Name.ContainsKey("en") && p.CategoryName.ContainsKey("vi"));
        }
        await using (var scope = app.ScopeFor("van-phuc"))
        {
            vanPhucProduct = (await scope.ServiceProvider.GetRequiredService<CatalogueDb>().Products.AsNoTracking().FirstAsync()).Id.Value;
            (await scope.ServiceProvider.GetRequiredService<ICatalogue>().FindAccessAsync(new ProductId(draft), default))
                .ShouldBeNull("Van Phuc cannot see a Bat Trang product");
        }
        await using (var scope = app.ScopeFor("bat-trang"))
            (await scope.ServiceProvider.GetRequiredService<ICatalogue>().FindAccessAsync(new ProductId(vanPhucProduct), default)).ShouldBeNull();
    }

    [Fact]
    public async Task FindPublishedAsync_names_the_current_villages_published_products_and_leaves_out_drafts_and_other_villages()
    {
        ProductId published, draft, vanPhuc;
        await using (var scope = app.ScopeFor("van-phuc"))
            vanPhuc = (await scope.ServiceProvider.GetRequiredService<CatalogueDb>().Products.AsNoTracking().FirstAsync(p => p.Status == ProductStatus.Published)).Id;
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
            published = (await db.Products.AsNoTracking().FirstAsync(p => p.Status == ProductStatus.Published)).Id;
            draft = (await db.Products.AsNoTracking().FirstAsync(p => p.Status == ProductStatus.Draft)).Id;
            var found = await scope.ServiceProvider.GetRequiredService<ICatalogue>().FindPublishedAsync([published, draft, vanPhuc, new ProductId(Guid.NewGuid())], default);
            found.Select(p => p.Id).ShouldBe([published]);
            found[0].Name.ContainsKey("en").ShouldBeTrue();
            found[0].CategoryName.ContainsKey("vi").ShouldBeTrue();
            found[0].TenantSlug.ShouldBe("bat-trang");
        }
    }

    [Fact]
    public async Task Names_are_given_for_the_current_villages_products_in_any_status_with_their_status()
    {
        Guid draft, published, vanPhucProduct;
        await using (var scope = app.ScopeFor("van-phuc"))
            vanPhucProduct = (await scope.ServiceProvider.GetRequiredService<CatalogueDb>().Products.AsNoTracking().FirstAsync()).Id.Value;
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
            draft = (await db.Products.AsNoTracking().FirstAsync(p => p.Status == ProductStatus.Draft)).Id.Value;
            published = (await db.Products.AsNoTracking().FirstAsync(p => p.Status == ProductStatus.Published)).Id.Value;
            var names = await scope.ServiceProvider.GetRequiredService<ICatalogue>()
                .NamesAsync([new ProductId(draft), new ProductId(published), new ProductId(vanPhucProduct), new ProductId(Guid.NewGuid())], default);
            names.Select(n => n.Id.Value).ShouldBe([draft, published], ignoreOrder: true);
            names.Single(n => n.Id.Value == draft).IsPublic.ShouldBeFalse();
            names.Single(n => n.Id.Value == published).IsPublic.ShouldBeTrue();
            names.ShouldAllBe(n => n.Name.ContainsKey("vi"));
        }
    }

    [Fact]
    public async Task The_cross_village_catalogue_shows_published_products_of_active_villages_only()
    {
        await using var scope = app.Services.CreateAsyncScope();   // the platform host: no tenant
        var cross = scope.ServiceProvider.GetRequiredService<ICrossVillageCatalogue>();
        TenantId[] villages = [app.TenantIdOf("bat-trang"), app.TenantIdOf("dong-ky"), app.TenantIdOf("van-phuc")];
        var featured = await cross.FeaturedAsync(villages, 3, default);
        featured.GroupBy(p => p.TenantSlug).Select(g => g.Key).ShouldBe(["bat-trang", "dong-ky", "van-phuc"], ignoreOrder: true);
        featured.GroupBy(p => p.TenantSlug).ShouldAllBe(g => g.Count() == 3);
        // Only the villages asked for: the landing page reads the page it shows, not every village.
        (await cross.FeaturedAsync([app.TenantIdOf("dong-ky")], 3, default)).Select(p => p.TenantSlug).Distinct().ShouldBe(["dong-ky"]);

        var vanPhuc = app.TenantIdOf("van-phuc");
        var all = new List<PublishedProduct>();
        await foreach (var p in cross.PublishedAsync(vanPhuc, default)) all.Add(p);
        all.ShouldNotBeEmpty();
        all.ShouldAllBe(p => p.TenantId == vanPhuc);

        // The same reads with Van Phuc suspended.
        var directory = new SuspendedVillage(scope.ServiceProvider.GetRequiredService<ITenantDirectory>(), vanPhuc);
        var suspended = new CrossVillageCatalogue(scope.ServiceProvider.GetRequiredService<CatalogueDb>(), directory);
        (await suspended.FeaturedAsync(villages, 3, default)).ShouldNotContain(p => p.TenantSlug == "van-phuc");
        var none = new List<PublishedProduct>();
        await foreach (var p in suspended.PublishedAsync(vanPhuc, default)) none.Add(p);
        none.ShouldBeEmpty();
    }

    private sealed class SuspendedVillage(ITenantDirectory inner, TenantId suspended) : ITenantDirectory
    {
        private ResolvedTenant? Map(ResolvedTenant? t) => t is not null && t.Id == suspended ? t with { Status = TenantStatus.Suspended } : t;
        public ResolvedTenant? FindById(TenantId id) => Map(inner.FindById(id));
        public ResolvedTenant? FindBySlug(string slug) => Map(inner.FindBySlug(slug));
        public IReadOnlyList<ResolvedTenant> All => [.. inner.All.Select(t => Map(t)!)];
    }
}
