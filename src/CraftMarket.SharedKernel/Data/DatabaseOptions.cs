namespace CraftMarket.SharedKernel.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Bound from configuration section <c>CraftMarket:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty for SQLite means <c>craftmarket.db</c> in the data directory.</summary>
    public string ConnectionString { get; set; } = "";
}
