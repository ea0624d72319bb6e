using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CraftMarket.SharedKernel.Hosting;

/// <summary>
/// The one Redis connection of a process, when <c>CraftMarket:Redis:Configuration</c> names a server
/// (StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379,abortConnect=false</c>). Redis is
/// optional: the embedded default and a PostgreSQL-only deployment run without it, and every user of
/// it (shared rate limits, cross-node signals) falls back to its in-process or PostgreSQL way.
/// Connected on first use, so a node starts even while Redis is still coming up.
/// </summary>
public sealed class SharedRedis : IDisposable
{
    public const string ConfigurationKey = "CraftMarket:Redis:Configuration";

    private readonly Lazy<ConnectionMultiplexer>? connection;

    public SharedRedis(string? configuration)
    {
        Configuration = string.IsNullOrWhiteSpace(configuration) ? null : configuration;
        if (Configuration is { } config)
            connection = new(() => ConnectionMultiplexer.Connect(WithoutAbort(config)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The configuration string, or null when this process runs without Redis.</summary>
    public string? Configuration { get; }

    public bool IsConfigured => Configuration is not null;

    /// <summary>The shared multiplexer; only when <see cref="IsConfigured"/>.</summary>
    public IConnectionMultiplexer Connection =>
        connection?.Value ?? throw new InvalidOperationException($"Redis is not configured ({ConfigurationKey}).");

    public void Dispose()
    {
        if (connection is { IsValueCreated: true }) connection.Value.Dispose();
    }

    /// <summary>A node must not fail to start because Redis is restarting: keep retrying in the background.</summary>
    private static ConfigurationOptions WithoutAbort(string config)
    {
        var options = ConfigurationOptions.Parse(config);
        options.AbortOnConnectFail = false;
        return options;
    }

    public static SharedRedis AddTo(IServiceCollection services, IConfiguration configuration)
    {
        var redis = new SharedRedis(configuration[ConfigurationKey]);
        services.AddSingleton(redis);
        return redis;
    }
}
