using CraftMarket.SharedKernel.Hosting;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CraftMarket.Web.Tests.MultiNode;

/// <summary>
/// Web nodes on ONE PostgreSQL database, as infra/ runs them: A migrates, seeds the demo and delivers
/// the outboxes; B serves only (role web) from its own data directory, so it shares nothing with A but
/// the database. The tenant poll is set to an hour: only a signal can tell B in time. C and D (Redis
/// pub/sub) start only for the test that needs them. Started once for the whole collection.
/// </summary>
public sealed class Nodes : IAsyncLifetime
{
    public string Database { get; } = PostgresDatabase.Create();

    public CraftMarketApp A { get; private set; } = null!;
    public CraftMarketApp B { get; private set; } = null!;

    private RedisServer? redis;
    private readonly Lazy<Task<(CraftMarketApp C, CraftMarketApp D)>> redisPair;

    public Nodes() => redisPair = new(StartRedisPairAsync);

    public Task InitializeAsync()
    {
        A = Node(seed: true, role: null);
        _ = A.Services;   // migrated, seeded, first data-protection key made
        B = Node(seed: false, role: "web");
        _ = B.Services;
        return Task.CompletedTask;
    }

    /// <summary>Two more nodes of the same database that signal each other through Redis (which wins over PostgreSQL).</summary>
    public Task<(CraftMarketApp C, CraftMarketApp D)> RedisPairAsync() => redisPair.Value;

    private async Task<(CraftMarketApp C, CraftMarketApp D)> StartRedisPairAsync()
    {
        redis = await RedisServer.StartAsync();
        var c = Node(seed: false, role: "web", redis.Configuration);
        _ = c.Services;
        var d = Node(seed: false, role: "web", redis.Configuration);
        _ = d.Services;
        return (c, d);
    }

    private CraftMarketApp Node(bool seed, string? role, string? redisConfiguration = null) => new(seedDemo: seed, postgresConnectionString: Database,
        extra: new Dictionary<string, string?>
        {
            ["CraftMarket:Tenancy:RefreshInterval"] = "01:00:00",
            ["CraftMarket:Role"] = role,
            [SharedRedis.ConfigurationKey] = redisConfiguration,
        });

    /// <summary>A statement straight to the shared database, as a hand edit would: no node is told.</summary>
    public async Task<object?> SqlAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await command.ExecuteScalarAsync();
    }

    public async Task DisposeAsync()
    {
        if (redisPair.IsValueCreated && redisPair.Value.IsCompletedSuccessfully)
        {
            var (c, d) = redisPair.Value.Result;
            await c.DisposeAsync();
            await d.DisposeAsync();
        }
        if (redis is not null) await redis.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        if (A is not null) await A.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class NodesCollection : ICollectionFixture<Nodes>
{
    public const string Name = "Web nodes on one PostgreSQL";
}
