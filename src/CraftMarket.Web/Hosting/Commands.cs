using CraftMarket.SharedKernel.Data;

namespace CraftMarket.Web.Hosting;

/// <summary>One binary, several jobs: <c>migrate</c> applies migrations and exits (the production deploy step).</summary>
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
            case "seed":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                await DemoData.SeedAsync(app.Services);
                return true;
            default:
                return false;
        }
    }
}
