using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Data;

/// <summary>One registered module database: its context type and schema, used by migrate and health checks.</summary>
public sealed record ModuleDatabase(Type ContextType, string Schema);

public static class ModuleDatabases
{
    /// <summary>
    /// Registers a module's context. Each provider has its own derived context type so that its
    /// migrations (one set per provider) are told apart by EF's [DbContext] attribute.
    /// </summary>
    public static IServiceCollection AddModuleDb<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, DatabaseOptions db, string schema)
        where TContext : DbContext where TSqlite : TContext where TPostgres : TContext
    {
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema));
        if (db.Provider == DatabaseProvider.Postgres)
            services.AddDbContext<TContext, TPostgres>((sp, o) => WithWriteNotices(sp, o.UseNpgsql(db.ConnectionString,
                x => x.MigrationsHistoryTable("__ef_migrations_history", schema))));
        else
            services.AddDbContext<TContext, TSqlite>((sp, o) => WithWriteNotices(sp, o.UseSqlite(db.ConnectionString,
                x => x.MigrationsHistoryTable($"__ef_migrations_history_{schema}"))));
        return services;
    }

    /// <summary>
    /// Where the host keeps rendered storefront pages, committed changes to what they show drop them (none in tools and
    /// tests without a host). Every save of an audited entity writes its audit event into the same outbox (ADR 0065).
    /// </summary>
    private static void WithWriteNotices(IServiceProvider services, DbContextOptionsBuilder options)
    {
        if (services.GetService<IStorefrontCache>() is { } cache) options.AddInterceptors(new StorefrontWritesInterceptor(cache));
        options.AddInterceptors(new AuditInterceptor(services));
    }
}
