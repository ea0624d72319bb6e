using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CraftMarket.Web.Tests;

/// <summary>`dotnet CraftMarket.Web.dll seed` obeys SeedDemo: the demo accounts' passwords are public.</summary>
public sealed class SeedCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "craftmarket-seed", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Seed_refuses_when_SeedDemo_is_off_and_plants_no_demo_account()
    {
        var (exitCode, output) = await Run("seed", seedDemo: false);
        exitCode.ShouldNotBe(0, output);
        output.ShouldContain("SeedDemo");
        var db = Path.Combine(data, "craftmarket.db");
        if (File.Exists(db)) Count("SELECT COUNT(*) FROM identity_users WHERE Email LIKE '%craftmarket.local'", db).ShouldBe(0);
    }

    private async Task<(int ExitCode, string Output)> Run(string command, bool seedDemo)
    {
        var info = new ProcessStartInfo("dotnet", ["CraftMarket.Web.dll", command])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Staging";
        info.Environment["CraftMarket__DataDirectory"] = data;
        info.Environment["CraftMarket__SeedDemo"] = seedDemo ? "true" : "false";
        info.Environment["CraftMarket__Media__SeedDemoPhotos"] = "false";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static long Count(string sql, string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        try { Directory.Delete(data, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
