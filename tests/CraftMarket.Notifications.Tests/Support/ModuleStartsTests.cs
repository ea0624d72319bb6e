using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Notifications.Tests.Support;

/// <summary>The module's schema is created by its own migrations on both providers, and the site starts with it.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class ModuleStartsTests(NotificationsApp app)
{
    [Fact]
    public async Task Its_migrations_created_its_tables()
    {
        await using var scope = app.ScopeFor("bat-trang");
        var db = NotificationsSite.Db(scope);
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }
}
