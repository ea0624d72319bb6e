using CraftMarket.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CraftMarket.Web.Hosting;

/// <summary>Ready means every module's database answers and has no pending migration.</summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in modules)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy($"{module.Schema}: database unreachable");
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                return HealthCheckResult.Unhealthy($"{module.Schema}: migrations pending (run `migrate`)");
        }
        return HealthCheckResult.Healthy();
    }
}
