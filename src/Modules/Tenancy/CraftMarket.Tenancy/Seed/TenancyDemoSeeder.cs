using CraftMarket.SharedKernel.Hosting;
using CraftMarket.Tenancy.Features;
using CraftMarket.Tenancy.Features.Tenants;
using CraftMarket.Tenancy.Resolution;

namespace CraftMarket.Tenancy.Seed;

/// <summary>The three demo associations, with the facts from the field studies (docs: shared/DOMAIN.md).</summary>
internal sealed class TenancyDemoSeeder(ManageTenants tenants, TenantChanges changes, TenantCache cache) : IDemoDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = (await cache.ReloadAsync(ct)).BySlug;
        foreach (var input in DemoTenants.All.Where(t => !existing.ContainsKey(t.Slug)))
        {
            var created = await tenants.CreateAsync(input, ct);
            if (created.IsFailure) throw new InvalidOperationException($"Demo tenant {input.Slug}: {created.Error!.Message}");
        }
        // Also for demo villages made before stories existed: an empty story gets the demo one, a written one is kept.
        foreach (var (slug, story) in DemoStories.BySlug)
        {
            if ((await cache.ReloadAsync(ct)).BySlug.GetValueOrDefault(slug) is not { } village || !village.Story.Story.IsEmpty) continue;
            var tenant = (await changes.FindAsync(village.Id.Value, ct))!;
            var updated = tenant.UpdateStory(story, changes.Now);
            if (updated.IsFailure) throw new InvalidOperationException($"Demo story {slug}: {updated.Error!.Message}");
            var committed = await changes.CommitAsync(tenant, created: false, ct);
            if (committed.IsFailure) throw new InvalidOperationException($"Demo story {slug}: {committed.Error!.Message}");
        }
    }
}
