using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CraftMarket.SharedKernel.Caching.Signals;

/// <summary>
/// Tells the other processes of the platform that something they keep in memory changed (ADR 0077): a
/// village's storefront pages, the tenant registry. A signal carries ids, never the data: each node
/// reads the change from the database itself. Delivery is at most once and may be lost with a
/// connection, so every receiver also hears <see cref="ClusterSignal.MayHaveMissedSignals"/> after a
/// reconnect and then reloads or drops everything it keeps. A node never hears its own signals: it
/// acted on the change before publishing it.
/// </summary>
public interface IClusterSignals
{
    /// <summary>"in-process" (the embedded default: one process, nothing to tell), "postgres" or "redis".</summary>
    string Transport { get; }

    /// <summary>False on the embedded default, where a publish reaches no one (there is no one else).</summary>
    bool CrossesNodes => Transport != "in-process";

    /// <summary>
    /// After the change committed. Never fails the caller: a signal that cannot be sent is logged,
    /// and the receivers' lifetimes and the tenant poll still bound how stale they get.
    /// </summary>
    ValueTask PublishAsync(string channel, string payload, CancellationToken ct);
}

/// <summary>What a receiver hears: a payload, or (null) "you may have missed some: reload everything".</summary>
public readonly record struct ClusterSignal(string? Payload)
{
    public bool MayHaveMissedSignals => Payload is null;

    public static readonly ClusterSignal Resync = new(null);
}

/// <summary>One receiver of a channel, registered with <see cref="ClusterSignalServices.AddClusterSignalHandler{T}"/>.</summary>
public interface IClusterSignalHandler
{
    string Channel { get; }

    /// <summary>Idempotent: a signal may come twice (a resync after one that did arrive).</summary>
    Task HandleAsync(ClusterSignal signal, CancellationToken ct);
}

public static class ClusterSignalServices
{
    /// <summary>
    /// PostgreSQL's NOTIFY limit is 8000 bytes with the channel name; every transport keeps to it so
    /// that code does not work on one and fail on another. Ids only: 200 village ids fit easily.
    /// </summary>
    public const int MaxPayloadBytes = 7_000;

    /// <summary>Channel names: lower-case letters, digits and '-', as every transport takes them.</summary>
    public static void CheckChannel(string channel)
    {
        if (channel.Length is 0 or > 40 || !channel.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            throw new ArgumentException($"Channel '{channel}' must be 1-40 lower-case letters, digits or '-'.", nameof(channel));
    }

    public static void CheckPayload(string payload)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
            throw new ArgumentException($"A cluster signal carries ids, at most {MaxPayloadBytes} bytes; split it or signal everything.", nameof(payload));
    }

    /// <summary>
    /// Redis when it is configured (it wins over PostgreSQL: no database connection held per node), else
    /// PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL, else the embedded default's single
    /// process, where no listener runs.
    /// </summary>
    public static IServiceCollection AddClusterSignals(this IServiceCollection services, PlatformSettings settings, SharedRedis redis)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ClusterSignalDispatch>();
        if (redis.IsConfigured)
        {
            services.AddSingleton<RedisClusterSignals>();
            services.AddSingleton<IClusterSignals>(sp => sp.GetRequiredService<RedisClusterSignals>());
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<RedisClusterSignals>());
        }
        else if (settings.Database.Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton(sp => new PostgresClusterSignals(settings.Database.ConnectionString,
                sp.GetRequiredService<ClusterSignalDispatch>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PostgresClusterSignals>>()));
            services.AddSingleton<IClusterSignals>(sp => sp.GetRequiredService<PostgresClusterSignals>());
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PostgresClusterSignals>());
        }
        else
            services.AddSingleton<IClusterSignals, InProcessClusterSignals>();
        return services;
    }

    public static IServiceCollection AddClusterSignalHandler<T>(this IServiceCollection services) where T : class, IClusterSignalHandler
    {
        services.AddSingleton<IClusterSignalHandler, T>();
        return services;
    }
}

/// <summary>The embedded default: one process, which already acted on its own change. No listener, no thread.</summary>
internal sealed class InProcessClusterSignals : IClusterSignals
{
    public string Transport => "in-process";

    public ValueTask PublishAsync(string channel, string payload, CancellationToken ct)
    {
        ClusterSignalServices.CheckChannel(channel);
        ClusterSignalServices.CheckPayload(payload);
        return ValueTask.CompletedTask;
    }
}
