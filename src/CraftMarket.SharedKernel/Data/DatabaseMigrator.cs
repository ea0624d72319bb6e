using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.SharedKernel.Data;

/// <summary>
/// Another deploy-time step a module needs besides its tables (e.g. Search's Elasticsearch index
/// template): run by <see cref="DatabaseMigrator"/> after every migration, so `migrate` does it once per
/// deploy with the deploy's rights and running processes never need them.
/// </summary>
public interface IMigrationStep
{
    Task RunAsync(CancellationToken ct);
}

/// <summary>Applies every module's migrations, in registration order, then every <see cref="IMigrationStep"/>. Run at start in Development, by `migrate` otherwise.</summary>
public sealed class DatabaseMigrator(IServiceProvider services, IEnumerable<ModuleDatabase> modules, IEnumerable<IMigrationStep> steps, ILogger<DatabaseMigrator> log)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var first = true;
        foreach (var module in modules)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            if (first && db.Database.IsSqlite())
            {
                // WAL lets readers proceed while the outbox dispatcher writes.
                await db.Database.OpenConnectionAsync(ct);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                await db.Database.CloseConnectionAsync();
            }
            first = false;
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            // Up to date (every start but the first): one history query, and nothing else. MigrateAsync would
            // take the migrations lock and diff the model against the snapshot for every context, a third
            // of a restart (ADR 0081); MigrationTests guard against a model change without its migration.
            if (pending.Count == 0) continue;
            log.LogInformation("Applying {Count} migration(s) to {Schema}", pending.Count, module.Schema);
            await db.Database.MigrateAsync(ct);
        }
        foreach (var step in steps) await step.RunAsync(ct);
    }

    public static string SqliteConnectionString(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, "craftmarket.db"),
        Cache = SqliteCacheMode.Default,
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();
}
