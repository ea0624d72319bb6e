using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CraftMarket.SharedKernel.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build a provider's context without starting the host.</summary>
public abstract class SqliteDesignTimeFactory<T> : IDesignTimeDbContextFactory<T> where T : DbContext
{
    public T CreateDbContext(string[] args) =>
        (T)Activator.CreateInstance(typeof(T), new DbContextOptionsBuilder<T>().UseSqlite("Data Source=design.db").Options, new TenantContext())!;
}

public abstract class PostgresDesignTimeFactory<T> : IDesignTimeDbContextFactory<T> where T : DbContext
{
    public T CreateDbContext(string[] args) =>
        (T)Activator.CreateInstance(typeof(T), new DbContextOptionsBuilder<T>().UseNpgsql("Host=localhost;Database=design").Options, new TenantContext())!;
}
