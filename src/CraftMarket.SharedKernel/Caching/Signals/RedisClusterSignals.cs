using CraftMarket.SharedKernel.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CraftMarket.SharedKernel.Caching.Signals;

/// <summary>
/// Redis pub/sub over the process's one <see cref="SharedRedis"/> connection, when Redis is configured.
/// StackExchange.Redis resubscribes by itself after a reconnect; what was published meanwhile is lost,
/// so a restored subscription connection makes every handler reload (<see cref="ClusterSignal.MayHaveMissedSignals"/>).
/// </summary>
public sealed class RedisClusterSignals(SharedRedis redis, ClusterSignalDispatch dispatch, ILogger<RedisClusterSignals> log)
    : BackgroundService, IClusterSignals
{
    public string Transport => "redis";

    public static RedisChannel WireChannel(string channel) => RedisChannel.Literal("craftmarket:" + channel);

    public async ValueTask PublishAsync(string channel, string payload, CancellationToken ct)
    {
        ClusterSignalServices.CheckChannel(channel);
        ClusterSignalServices.CheckPayload(payload);
        try
        {
            await redis.Connection.GetSubscriber().PublishAsync(WireChannel(channel), dispatch.Wrap(payload));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            log.LogWarning(ex, "Could not signal {Channel} to the other nodes through Redis; they will catch up within their cache lifetimes", channel);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var handling = dispatch.RunAsync(stoppingToken);
        var connection = redis.Connection;
        connection.ConnectionRestored += OnRestored;
        try
        {
            var delay = TimeSpan.FromMilliseconds(250);
            foreach (var channel in dispatch.Channels)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    try
                    {
                        var name = channel;
                        await connection.GetSubscriber().SubscribeAsync(WireChannel(name), (_, message) => dispatch.Received(name, message));
                        break;
                    }
                    catch (Exception ex) when (ex is RedisException or TimeoutException)
                    {
                        // Redis still coming up: the node serves meanwhile; keep trying.
                        log.LogWarning(ex, "Could not subscribe to {Channel} on Redis; retrying in {Delay}", channel, delay);
                        await Task.Delay(delay, stoppingToken);
                        delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
                    }
                }
            }
            log.LogInformation("Listening for cluster signals on Redis ({Channels})", string.Join(", ", dispatch.Channels));
            await handling;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            connection.ConnectionRestored -= OnRestored;
        }
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription) dispatch.MayHaveMissedSignals();
    }
}
