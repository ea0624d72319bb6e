using Microsoft.EntityFrameworkCore;

namespace CraftMarket.SharedKernel.Data;

/// <summary>
/// SQLite has no schemas, and every module shares one database file; prefixing table names with
/// the module's schema keeps modules apart there as PostgreSQL schemas do in production.
/// </summary>
public static class SqliteSchemas
{
    public static void FlattenInto(ModelBuilder model, string schema)
    {
        foreach (var entity in model.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table || entity.GetViewName() is not null) continue;
            if (entity.BaseType is not null) continue;
            entity.SetSchema(null);
            if (!table.StartsWith(schema + "_", StringComparison.Ordinal)) entity.SetTableName($"{schema}_{table}");
        }
    }
}
