using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Catalogue.Seeding;

/// <summary>
/// Demo catalogues for Bat Trang, Van Phuc and Dong Ky, after members (20) and accounts (30).
/// Products go through the real lifecycle (create, submit, approve...) with audit entries and the
/// same ProductPublished events as real publishing, so search and media see them.
/// </summary>
internal sealed class CatalogueDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CatalogueDemoSeeder> log) : IDemoDataSeeder
{
    public static readonly IReadOnlyList<VillagePlan> Plans = [BatTrangPlan.Plan, VanPhucPlan.Plan, DongKyPlan.Plan];

    public int Order => 40;

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var lookup = scopes.CreateAsyncScope();
        if (lookup.ServiceProvider.GetService<ITenantDirectory>() is not { } tenants) return;
        foreach (var plan in Plans)
        {
            if (tenants.FindBySlug(plan.Slug) is not { } tenant) continue;
            var started = clock.GetTimestamp();
            var count = await SeedTenantAsync(tenant.Id, plan, ct);
            if (count > 0) log.LogInformation("Demo catalogue: {Count} products for {Village} in {Elapsed} ms", count, plan.Slug,
                (int)clock.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Seeds one association in its own scope, so the tenant filter and write guard apply as in a request.</summary>
    public async Task<int> SeedTenantAsync(TenantId tenantId, VillagePlan plan, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, plan.Slug);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
        if (await db.Categories.AnyAsync(ct)) return 0;

        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Categories.Length; i++)
        {
            var w = plan.Categories[i];
            var category = Category.Create(tenantId, new LocalizedText(w.Vi, w.En, w.Fr, w.Ja), i + 1).Value!;
            db.Categories.Add(category);
            categories[w.Vi] = category;
        }
        await db.SaveChangesAsync(ct);

        var directory = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
        var active = (await directory.ListAsync(ct)).Where(m => m.Status == MemberStatus.Active).Select(m => m.Id).ToList();
        if (active.Count == 0) return 0;   // no members (module tests without demo members): categories only
        var makers = (await directory.MakersAsync(active, ct)).OrderBy(m => m.DisplayName, StringComparer.Ordinal).ToList();

        var writes = scope.ServiceProvider.GetRequiredService<ProductWrites>();
        var planned = DemoCatalogue.Build(plan, categories.ToDictionary(c => c.Key, c => c.Value.Id), makers);
        var byId = categories.Values.ToDictionary(c => c.Id);
        var start = clock.GetUtcNow().AddDays(-planned.Count);
        var admin = Actor.System("Demo data");
        for (var n = 0; n < planned.Count; n++)
            Add(writes, tenantId, plan.Slug, n, planned[n], byId[planned[n].Details.CategoryId], makers, admin, start.AddDays(n));
        var saved = await writes.SaveAsync(ct);
        if (saved.IsFailure) throw new InvalidOperationException($"Demo catalogue for {plan.Slug}: {saved.Error}");
        return planned.Count;
    }

    /// <summary>
    /// All in memory, one SaveChanges per village: demo SKUs are unique by construction (the register
    /// rows are added directly) and the makers' capacities are already at hand.
    /// </summary>
    private static void Add(ProductWrites writes, TenantId tenantId, string slug, int position, PlannedProduct plan, Category category,
        IReadOnlyList<MakerProfile> makers, Actor admin, DateTimeOffset at)
    {
        var created = Product.Create(tenantId, plan.Details, admin, at, DemoProductIds.For(slug, plan.Details.Sku!, position));
        if (created.IsFailure) throw new InvalidOperationException($"Demo product {plan.Details.Name.Vi}: {created.Error}");
        var product = created.Value!;
        product.SetMonthlyCapacity(MakerCapacity.For(category, makers.Where(m => product.IsMadeBy(m.Id))));
        writes.AddWithUncheckedSkus(product);
        writes.Audit(product, ProductActions.Created, admin, ProductDiff.Between(null, product.Details));
        if (plan.Status == ProductStatus.Draft) return;

        Check(product.Submit(admin, at.AddHours(2)), product);
        writes.Audit(product, ProductActions.Submitted, admin);
        switch (plan.Status)
        {
            case ProductStatus.ChangesRequested:
                Check(product.RequestChanges(plan.Comment, admin, at.AddHours(20)), product);
                writes.Audit(product, ProductActions.ChangesRequested, admin, comment: plan.Comment);
                break;
            case ProductStatus.Published or ProductStatus.Archived:
                Check(product.Approve(admin, at.AddHours(26)), product);
                writes.Audit(product, ProductActions.Approved, admin);
                writes.RaisePublished(product, category);
                if (plan.Status == ProductStatus.Archived)
                {
                    Check(product.Archive(admin, at.AddDays(1)), product);
                    writes.Audit(product, ProductActions.Archived, admin);
                    writes.RaiseWithdrawn(product);
                }
                break;
        }
    }

    private static void Check(Result result, Product product)
    {
        if (result.IsFailure) throw new InvalidOperationException($"Demo product {product.Sku}: {result.Error}");
    }
}
