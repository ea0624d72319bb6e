using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CraftMarket.SharedKernel.Hosting;

/// <summary>
/// Fixed-window limits that hold across every node when Redis is configured (<see cref="SharedRedis"/>,
/// ADR 0079): the count of a partition lives in Redis (RedisRateLimiting's fixed window, one key per
/// partition and window), so N attempts spread over two nodes meet one budget. Without Redis each
/// process counts alone, as before. When Redis cannot be reached the attempt is counted by this node's
/// own limiter of the same size: the limit degrades to per-node instead of opening (a guesser gets no
/// free run while Redis restarts) or closing (nobody could sign in while it is down).
/// </summary>
public static class SharedRateLimits
{
    /// <summary>Prefix of every partition key in Redis (the library adds its own <c>rl:fw:{...}</c>).</summary>
    public const string KeyPrefix = "craftmarket:";

    /// <summary>A partition for the ASP.NET Core rate limiter (policies): shared through Redis when configured.</summary>
    public static RateLimitPartition<string> FixedWindow(HttpContext http, string key, int permits, TimeSpan window) =>
        FixedWindow(http.RequestServices.GetService<SharedRedis>(), http.RequestServices.GetService<ILoggerFactory>(), key, permits, window);

    public static RateLimitPartition<string> FixedWindow(SharedRedis? redis, ILoggerFactory? logs, string key, int permits, TimeSpan window)
    {
        var local = new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0 };
        if (redis is not { IsConfigured: true })
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => local);
        return RateLimitPartition.Get(key, k => new RedisOrLocalFixedWindow(redis, k, local, logs?.CreateLogger(typeof(SharedRateLimits).FullName!)));
    }

    /// <summary>One limiter per key for code that counts outside the middleware (uploads per account): acquire with <c>AcquireAsync</c>.</summary>
    public static PartitionedRateLimiter<string> Partitioned(SharedRedis? redis, ILoggerFactory? logs, string budget, Func<int> permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => FixedWindow(redis, logs, budget + ":" + key, permits(), window));
}

/// <summary>
/// Redis first, this node's own window when Redis fails. Only <see cref="RateLimiter.AcquireAsync"/> asks
/// Redis: <see cref="RateLimiter.AttemptAcquire"/> (synchronous) answers "not acquired" without metadata,
/// and ASP.NET Core's middleware then awaits <c>AcquireAsync</c>, as RedisRateLimiting requires.
/// </summary>
internal sealed class RedisOrLocalFixedWindow : RateLimiter
{
    private static readonly RateLimitLease NotYet = new Lease(false, null);

    private readonly RedisFixedWindowRateLimiter<string> shared;
    private readonly FixedWindowRateLimiter local;
    private readonly ILogger? log;

    public RedisOrLocalFixedWindow(SharedRedis redis, string key, FixedWindowRateLimiterOptions options, ILogger? log)
    {
        shared = new RedisFixedWindowRateLimiter<string>(SharedRateLimits.KeyPrefix + key, new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis.Connection,
            PermitLimit = options.PermitLimit,
            Window = options.Window,
        });
        local = new FixedWindowRateLimiter(options);
        this.log = log;
    }

    /// <summary>Idle as long as its fallback is: the count itself lives in Redis, so dropping this object loses nothing.</summary>
    public override TimeSpan? IdleDuration => local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            using var lease = await shared.AcquireAsync(permitCount, cancellationToken);
            TimeSpan? retryAfter = lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(Math.Max(1, seconds)) : null;
            return new Lease(lease.IsAcquired, lease.IsAcquired ? null : retryAfter);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            log?.LogWarning(e, "Redis unreachable: this rate limit counts on this node alone until it answers again");
            return await local.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await shared.DisposeAsync();
        await local.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    /// <summary>A lease that says when to come back as ASP.NET Core's own limiters do (<see cref="MetadataName.RetryAfter"/>).</summary>
    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }
            metadata = null;
            return false;
        }
    }
}
