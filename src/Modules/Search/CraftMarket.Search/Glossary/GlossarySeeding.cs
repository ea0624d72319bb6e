using CraftMarket.Search.Data;
using CraftMarket.Search.Domain;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Glossary;

internal static class GlossarySeeding
{
    /// <summary>Adds the default groups unless the association already has a glossary (never overwrites its edits).</summary>
    public static async Task AddDefaultsAsync(SearchDb db, TenantId tenant, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Glossary.AnyAsync(ct)) return;
        foreach (var group in DefaultGlossary.Groups)
            db.Glossary.Add(GlossaryEntry.Create(tenant, group, clock.GetUtcNow()).Value!);
    }
}

/// <summary>The demo villages are created by Tenancy's seeder without events: give each the default glossary.</summary>
internal sealed class GlossaryDemoSeeder(IServiceScopeFactory scopes, ITenantDirectory tenants, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 15;

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var t in tenants.All)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(t.Id, t.Slug);
            var db = scope.ServiceProvider.GetRequiredService<SearchDb>();
            await GlossarySeeding.AddDefaultsAsync(db, t.Id, clock, ct);
            // Seeded villages raise no TenantCreated/TenantChanged: record them as the events would.
            if (!await db.Tenants.AnyAsync(v => v.TenantId == t.Id, ct))
                db.Tenants.Add(new TenantVisibility(t.Id) { Slug = t.Slug, Suspended = !t.IsActive });
            await db.SaveChangesAsync(ct);
        }
    }
}
