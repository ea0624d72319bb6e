using CraftMarket.SharedKernel.Hosting;
using CraftMarket.Tenancy.Features.Tenants;
using CraftMarket.Tenancy.Resolution;

namespace CraftMarket.Tenancy.Seed;

/// <summary>The three demo associations, with the facts from the field studies (docs: shared/DOMAIN.md).</summary>
internal sealed class TenancyDemoSeeder(ManageTenants tenants, TenantCache cache) : IDemoDataSeeder
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
    }
}
