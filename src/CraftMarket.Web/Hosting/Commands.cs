using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;

namespace CraftMarket.Web.Hosting;

/// <summary>One binary, several jobs: <c>migrate</c> applies migrations and exits (the production deploy step); <c>reindex</c> rebuilds search.</summary>
internal static class Commands
{
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "migrate":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                DataProtectionKeys.EnsureKey(app.Services);
                app.Logger.LogInformation("Migrations applied");
                return true;
            case "reindex":
                // `reindex bat-trang` or `reindex --all`: rebuilds the search index without taking search down.
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                Environment.ExitCode = await CraftMarket.Search.SearchModule.ReindexAsync(app.Services, [.. args.Skip(1)]);
                return true;
            case "seed":
                Environment.ExitCode = await SeedAsync(app.Services, app.Logger);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The demo accounts' passwords are published: `seed` obeys SeedDemo like a start does (off outside
    /// Development), so a production shell cannot plant them by typing the wrong command.
    /// </summary>
    internal static async Task<int> SeedAsync(IServiceProvider services, ILogger log)
    {
        if (!services.GetRequiredService<PlatformSettings>().SeedDemo)
        {
            log.LogError("Not seeding: the demo accounts have public passwords. Set CraftMarket:SeedDemo=true to seed (never in production)");
            return 1;
        }
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await DemoData.SeedAsync(services);
        log.LogInformation("Demo data seeded");
        return 0;
    }
}
