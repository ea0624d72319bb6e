using CraftMarket.SharedKernel.Data;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests;

/// <summary>
/// Every module's model matches its migrations on both providers: change an entity without
/// `dotnet ef migrations add` for SQLite and PostgreSQL and this fails, naming the module.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_every_model_change()
    {
        using var app = new CraftMarketApp(seedDemo: false);
        AssertNoPendingModelChanges(app);
    }

    [Fact]
    public void Postgres_migrations_cover_every_model_change()
    {
        using var app = new CraftMarketApp(seedDemo: false, postgresConnectionString: PostgresDatabase.Create());
        AssertNoPendingModelChanges(app);
    }

    private static void AssertNoPendingModelChanges(CraftMarketApp app)
    {
        using var scope = app.Services.CreateScope();
        var modules = scope.ServiceProvider.GetServices<ModuleDatabase>().ToList();
        modules.Count.ShouldBeGreaterThanOrEqualTo(3, "tenancy, identity and members at least");
        foreach (var module in modules)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            db.Database.HasPendingModelChanges().ShouldBeFalse($"{module.Schema} on {db.Database.ProviderName} has model changes without a migration");
        }
    }
}
