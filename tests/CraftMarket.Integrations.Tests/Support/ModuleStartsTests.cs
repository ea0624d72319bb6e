using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Integrations.Tests.Support;

/// <summary>The module's schema is created by its own migrations on both providers, and the site starts with it.</summary>
[Collection(IntegrationsCollection.Name)]
public sealed class ModuleStartsTests(IntegrationsApp app)
{
    [Fact]
    public async Task Its_migrations_created_its_tables()
    {
        await using var scope = app.ScopeFor("bat-trang");
        var db = IntegrationsSite.Db(scope);
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }
}
