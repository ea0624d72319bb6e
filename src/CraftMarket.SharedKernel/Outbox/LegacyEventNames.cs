using Microsoft.EntityFrameworkCore.Migrations;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// The CLR full names the outbox stored before events had wire names, and the names that replaced
/// them. The EventNames migration of every module rewrites its outbox rows with this list, so a
/// message stored by the old code is delivered by the new one. Frozen history: never edit an entry.
/// </summary>
public static class LegacyEventNames
{
    public static readonly IReadOnlyDictionary<string, string> ByClrName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CraftMarket.Tenancy.Contracts.TenantCreated"] = "tenancy.tenant-created",
        ["CraftMarket.Tenancy.Contracts.TenantChanged"] = "tenancy.tenant-changed",
        ["CraftMarket.Members.Contracts.MemberInvited"] = "members.member-invited",
        ["CraftMarket.Members.Contracts.MemberDeactivated"] = "members.member-deactivated",
        ["CraftMarket.Members.Contracts.MemberChanged"] = "members.member-changed",
        ["CraftMarket.Catalogue.Contracts.ProductPublished"] = "catalogue.product-published",
        ["CraftMarket.Catalogue.Contracts.ProductWithdrawn"] = "catalogue.product-withdrawn",
        ["CraftMarket.Media.Contracts.ProductCoverChanged"] = "media.product-cover-changed",
        ["CraftMarket.Media.Features.PhotoUploaded"] = "media.photo-uploaded",
        ["CraftMarket.Search.Indexing.ReindexRequested"] = "search.reindex-requested",
        ["CraftMarket.Search.Contracts.ProductQualityMarkChanged"] = "quality-marks.product-mark-changed",
    };

    /// <summary>Up: CLR names to wire names, version 1 (every event's only version then). Unknown names stay, and are parked when tried.</summary>
    public static void Rewrite(MigrationBuilder migration, string schema)
    {
        var table = Table(migration, schema);
        migration.Sql($"UPDATE {table} SET \"Version\" = 1;");
        foreach (var (clr, wire) in ByClrName)
            migration.Sql($"UPDATE {table} SET \"Name\" = '{wire}' WHERE \"Name\" = '{clr}';");
    }

    /// <summary>Down: back to the CLR names the previous code looks up.</summary>
    public static void Restore(MigrationBuilder migration, string schema)
    {
        var table = Table(migration, schema);
        foreach (var (clr, wire) in ByClrName)
            migration.Sql($"UPDATE {table} SET \"Name\" = '{clr}' WHERE \"Name\" = '{wire}';");
    }

    // SQLite has no schemas: tables carry the module's prefix there (see Data/SqliteSchemas).
    private static string Table(MigrationBuilder migration, string schema) =>
        migration.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true
            ? $"\"{schema}_outbox_messages\""
            : $"\"{schema}\".\"outbox_messages\"";
}
