using Npgsql;

namespace CraftMarket.Testing;

/// <summary>
/// A throw-away database on the real PostgreSQL server that the test script starts
/// (scripts/test.sh). The server is found through CRAFTMARKET_TEST_POSTGRES, defaulting to the
/// local cluster with the password the script sets.
/// </summary>
public static class PostgresDatabase
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("CRAFTMARKET_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static string Create()
    {
        var name = "cm_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = false }.ToString();
    }
}
