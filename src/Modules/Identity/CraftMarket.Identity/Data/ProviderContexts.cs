using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Data;

// One derived type per provider so each provider keeps its own migrations. The tenant context is
// unused (users are platform-wide) but is part of the constructor shape the design factories expect.
#pragma warning disable CS9113
internal sealed class SqliteIdentityDb(DbContextOptions<SqliteIdentityDb> options, ITenantContext tenant) : IdentityDb(options);

internal sealed class PostgresIdentityDb(DbContextOptions<PostgresIdentityDb> options, ITenantContext tenant) : IdentityDb(options);
#pragma warning restore CS9113

internal sealed class SqliteIdentityDbFactory : SqliteDesignTimeFactory<SqliteIdentityDb>;

internal sealed class PostgresIdentityDbFactory : PostgresDesignTimeFactory<PostgresIdentityDb>;
