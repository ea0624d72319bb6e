using CraftMarket.SharedKernel.Data;

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
                app.Logger.LogInformation("Migrations applied");
                return true;
            case "reindex":
                // `reindex bat-trang` or `reindex --all`: rebuilds the search index without taking search down.
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                Environment.ExitCode = await CraftMarket.Search.SearchModule.ReindexAsync(app.Services, [.. args.Skip(1)]);
                return true;
            case "seed":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                await DemoData.SeedAsync(app.Services);
                return true;
            default:
                return false;
        }
    }
}
