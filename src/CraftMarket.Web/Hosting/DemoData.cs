using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Hosting;

namespace CraftMarket.Web.Hosting;

internal static class DemoData
{
    /// <summary>
    /// Runs each module's seeder in order; each skips what already exists, so this is safe on every start. The seed is
    /// nobody's act: it stays out of the audit trail (ADR 0065).
    /// </summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var quiet = AuditTrail.Quiet();
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
            await seeder.SeedAsync(ct);
    }
}
