using System.Diagnostics;
using CraftMarket.Insight.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Insight.Seeding;

/// <summary>
/// Writes the generated demo history (<see cref="DemoHistory"/>) of each demo village into the read
/// models, labelled IsDemo, when the site seeds its demo data, unless
/// <c>CraftMarket:Insight:DemoHistory</c> is false (the tests' default). After the other modules'
/// seeders (Orders is 80), so the real demo records' events are there beside it. Once per village: a
/// village that already has demo members is left alone. Rows go in by thousands with change tracking
/// off (the whole history is some 60,000 rows); the time taken is logged.
/// </summary>
internal sealed class DemoHistorySeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DemoHistorySeeder> log)
    : IDemoDataSeeder
{
    public const string Setting = "CraftMarket:Insight:DemoHistory";
    private const int Batch = 2_000;

    public int Order => 90;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!configuration.GetValue(Setting, defaultValue: true)) return;
        await using var lookup = scopes.CreateAsyncScope();
        if (lookup.ServiceProvider.GetService<ITenantDirectory>() is not { } tenants) return;
        foreach (var village in DemoVillage.All)
            if (tenants.FindBySlug(village.Slug) is { } tenant) await SeedVillageAsync(village, tenant.Id, ct);
    }

    /// <summary>Answers the rows written (0 when the village already has its history).</summary>
    public async Task<int> SeedVillageAsync(DemoVillage village, TenantId tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, village.Slug);
        var db = scope.ServiceProvider.GetRequiredService<InsightDb>();
        if (await db.Members.AnyAsync(m => m.IsDemo, ct)) return 0;
        var watch = Stopwatch.StartNew();
        var facts = DemoHistory.Generate(village, tenant, DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime));
        var generated = watch.Elapsed;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await WriteAsync(db, facts.Members, ct);
            await WriteAsync(db, facts.Inquiries, ct);
            await WriteAsync(db, facts.Orders, ct);
            await WriteAsync(db, facts.Work, ct);
            await WriteAsync(db, facts.Inspections, ct);
            await WriteAsync(db, facts.Defects, ct);
            await WriteAsync(db, facts.Payouts, ct);
            await WriteAsync(db, facts.Certificates, ct);
            await WriteAsync(db, facts.Products, ct);
            await transaction.CommitAsync(ct);
        }
        log.LogInformation("Demo insight history for {Village}: {Rows} rows ({Members} members, {Work} work orders) generated in {Generated} ms, written in {Written} ms",
            village.Slug, facts.Count, facts.Members.Count, facts.Work.Count, (int)generated.TotalMilliseconds, (int)(watch.Elapsed - generated).TotalMilliseconds);
        return facts.Count;
    }

    private static async Task WriteAsync<T>(InsightDb db, List<T> rows, CancellationToken ct) where T : class
    {
        foreach (var chunk in rows.Chunk(Batch))
        {
            db.Set<T>().AddRange(chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
