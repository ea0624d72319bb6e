using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CraftMarket.Web.Tests.Events;

/// <summary>
/// An installation upgraded with messages still in its outboxes: rows written by the old code (CLR
/// type names, enums as numbers) are renamed by the EventNames migrations and delivered by the new
/// code, on SQLite and on a real PostgreSQL.
/// </summary>
public sealed class LegacyOutboxUpgradeTests
{
    // The old outbox wrote with the web defaults and no enum converter.
    private static readonly JsonSerializerOptions LegacyJson = new(JsonSerializerDefaults.Web);

    private static readonly Type[] Modules =
        [typeof(TenancyModule), typeof(Identity.IdentityModule), typeof(Members.MembersModule),
         typeof(Catalogue.CatalogueModule), typeof(Media.MediaModule), typeof(Search.SearchModule)];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Messages_stored_under_clr_names_before_the_upgrade_are_renamed_and_delivered(bool postgres)
    {
        var postgresDb = postgres ? PostgresDatabase.Create() : null;
        using var app = new CraftMarketApp(seedDemo: false, postgresConnectionString: postgresDb);
        var connection = postgresDb ?? SharedKernel.Data.DatabaseMigrator.SqliteConnectionString(app.DataDirectory);

        // The database as the previous release left it: every module migrated up to just before EventNames.
        var contexts = Modules.Select(m => OldContext(m, postgres, connection)).ToList();
        foreach (var db in contexts)
        {
            var all = db.Database.GetMigrations().ToList();
            var upgrade = all.FindIndex(m => m.EndsWith("_EventNames", StringComparison.Ordinal));
            upgrade.ShouldBeGreaterThan(0, $"{db.GetType().Name} has an EventNames migration after its first");
            await db.GetService<IMigrator>().MigrateAsync(all[upgrade - 1]);
        }
        var tenancy = contexts[0];
        var legacyId = Guid.NewGuid();
        var village = TenantId.New();
        // Written as the old outbox did: the CLR full name, enums as numbers (Suspended = 1).
        var payload = JsonSerializer.Serialize(new TenantChanged(legacyId, village, "legacy-village", TenantStatus.Suspended), LegacyJson);
        payload.ShouldContain("\"status\":1");
        await InsertLegacyRow(tenancy, postgres, legacyId, "CraftMarket.Tenancy.Contracts.TenantChanged", payload);

        _ = app.Services;   // the new release starts: migrations, then the outbox workers

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await Scalar(tenancy, postgres
                   ? $"SELECT COUNT(*) FROM tenancy.outbox_messages WHERE \"Id\" = '{legacyId}' AND \"ProcessedAt\" IS NOT NULL"
                   : $"SELECT COUNT(*) FROM tenancy_outbox_messages WHERE Id = '{Upper(legacyId)}' AND ProcessedAt IS NOT NULL") == 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the legacy message was never delivered");
            await Task.Delay(100);
        }
        (await Scalar(tenancy, postgres
            ? $"SELECT COUNT(*) FROM tenancy.outbox_messages WHERE \"Id\" = '{legacyId}' AND \"Name\" = 'tenancy.tenant-changed' AND \"Version\" = 1"
            : $"SELECT COUNT(*) FROM tenancy_outbox_messages WHERE Id = '{Upper(legacyId)}' AND Name = 'tenancy.tenant-changed' AND Version = 1")).ShouldBe(1);
        // Search consumed it, and read the number as the status it was.
        (await Scalar(tenancy, postgres
            ? "SELECT COUNT(*) FROM search.tenant_visibility WHERE \"Slug\" = 'legacy-village' AND \"Suspended\""
            : "SELECT COUNT(*) FROM search_tenant_visibility WHERE Slug = 'legacy-village' AND Suspended = 1")).ShouldBe(1);
        foreach (var db in contexts) await db.DisposeAsync();
    }

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>The module's provider-specific context, on the test's database, with the history table the host uses.</summary>
    private static DbContext OldContext(Type module, bool postgres, string connection)
    {
        var type = module.Assembly.GetTypes().Single(t => !t.IsAbstract && typeof(DbContext).IsAssignableFrom(t)
            && t.Name.StartsWith(postgres ? "Postgres" : "Sqlite", StringComparison.Ordinal) && !t.Name.EndsWith("Factory", StringComparison.Ordinal));
        var schema = module.Name.Replace("Module", "", StringComparison.Ordinal).ToLowerInvariant();
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        if (postgres) options.UseNpgsql(connection, x => x.MigrationsHistoryTable("__ef_migrations_history", schema));
        else options.UseSqlite(connection, x => x.MigrationsHistoryTable($"__ef_migrations_history_{schema}"));
        return (DbContext)Activator.CreateInstance(type, options.Options, new TenantContext())!;
    }

    private static Task InsertLegacyRow(DbContext db, bool postgres, Guid id, string clrName, string payload)
    {
        var now = DateTimeOffset.UtcNow;
        return postgres
            ? db.Database.ExecuteSqlRawAsync(
                "INSERT INTO tenancy.outbox_messages (\"Id\", \"Type\", \"Payload\", \"OccurredAt\", \"Attempts\", \"NextAttemptAt\") VALUES ({0}, {1}, {2}, {3}, 0, {3})",
                id, clrName, payload, now)
            : db.Database.ExecuteSqlRawAsync(
                "INSERT INTO tenancy_outbox_messages (Id, Type, Payload, OccurredAt, Attempts, NextAttemptAt) VALUES ({0}, {1}, {2}, {3}, 0, {3})",
                Upper(id), clrName, payload, now.UtcTicks);
    }

    private static async Task<long> Scalar(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
