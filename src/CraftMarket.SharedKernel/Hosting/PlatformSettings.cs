using CraftMarket.SharedKernel.Caching.Signals;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CraftMarket.SharedKernel.Hosting;

/// <summary>
/// Settings every module needs while registering services, read once from configuration
/// (section <c>CraftMarket</c>, so env vars like <c>CraftMarket__DataDirectory</c> work).
/// </summary>
public sealed record PlatformSettings(DataDirectory DataDirectory, DatabaseOptions Database, ProcessRole Role, bool SeedDemo)
{
    public static PlatformSettings For(IHostApplicationBuilder builder)
    {
        if (builder.Properties.TryGetValue(typeof(PlatformSettings), out var cached)) return (PlatformSettings)cached;

        var section = builder.Configuration.GetSection("CraftMarket");
        var dir = section["DataDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : DefaultDataDirectory(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dir);

        var db = new DatabaseOptions();
        section.GetSection("Database").Bind(db);
        if (db.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(db.ConnectionString))
            db.ConnectionString = DatabaseMigrator.SqliteConnectionString(dir);

        var settings = new PlatformSettings(new DataDirectory(dir), db, ProcessRole.Parse(section["Role"]),
            // Demo accounts have published passwords: seeded by default only where a developer runs the site.
            section.GetValue("SeedDemo", builder.Environment.IsDevelopment()));
        builder.Properties[typeof(PlatformSettings)] = settings;
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(settings.DataDirectory);
        builder.Services.AddSingleton(settings.Database);
        builder.Services.AddSingleton(settings.Role);
        builder.Services.AddClusterSignals(settings, SharedRedis.AddTo(builder.Services, builder.Configuration));
        return settings;
    }

    /// <summary>In a source checkout, <c>data/</c> beside the solution (git-ignored); otherwise beside the app.</summary>
    private static string DefaultDataDirectory(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CraftMarket.sln"))) return Path.Combine(dir.FullName, "data");
        return Path.Combine(contentRoot, "data");
    }
}
