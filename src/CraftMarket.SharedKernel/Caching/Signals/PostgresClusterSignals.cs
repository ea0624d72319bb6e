using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CraftMarket.SharedKernel.Caching.Signals;

/// <summary>
/// PostgreSQL LISTEN/NOTIFY, when the database is PostgreSQL and Redis is not configured: no broker
/// beyond the database every node already uses. Publishing is one <c>pg_notify</c> on a pooled
/// connection; listening holds one connection per node, checked every <see cref="PingEvery"/> (a
/// silently dropped socket would otherwise wait forever). A lost connection is reopened with backoff
/// and every handler then hears <see cref="ClusterSignal.MayHaveMissedSignals"/>: NOTIFY is not kept
/// for a listener that was away. Notifications sent inside a transaction arrive after its commit.
/// </summary>
public sealed class PostgresClusterSignals : BackgroundService, IClusterSignals
{
    public static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(15);

    /// <summary>Listening connections carry this name in pg_stat_activity.</summary>
    public const string ApplicationName = "craftmarket-signals";

    private readonly NpgsqlDataSource publisher;
    private readonly string listenerConnectionString;
    private readonly ClusterSignalDispatch dispatch;
    private readonly ILogger<PostgresClusterSignals> log;

    public PostgresClusterSignals(string connectionString, ClusterSignalDispatch dispatch, ILogger<PostgresClusterSignals> log)
    {
        publisher = NpgsqlDataSource.Create(connectionString);
        listenerConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = ApplicationName,
        }.ToString();
        this.dispatch = dispatch;
        this.log = log;
    }

    public string Transport => "postgres";

    /// <summary>The listening connection's server process (0 while disconnected): tests end it to prove the reconnect.</summary>
    public int ListenerProcessId { get; private set; }

    /// <summary>How many times the listener connected (1 after start; more after reconnects).</summary>
    public int Connections { get; private set; }

    public static string WireChannel(string channel) => "craftmarket_" + channel;

    public async ValueTask PublishAsync(string channel, string payload, CancellationToken ct)
    {
        ClusterSignalServices.CheckChannel(channel);
        ClusterSignalServices.CheckPayload(payload);
        try
        {
            await using var command = publisher.CreateCommand("SELECT pg_notify($1, $2)");
            command.Parameters.Add(new NpgsqlParameter { Value = WireChannel(channel) });
            command.Parameters.Add(new NpgsqlParameter { Value = dispatch.Wrap(payload) });
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            log.LogWarning(ex, "Could not signal {Channel} to the other nodes; they will catch up within their cache lifetimes", channel);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var handling = dispatch.RunAsync(stoppingToken);
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                ListenerProcessId = 0;
                log.LogWarning(ex, "Lost the PostgreSQL signal connection; reconnecting in {Delay}", delay);
                try { await Task.Delay(delay, stoppingToken); } catch (OperationCanceledException) { break; }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
                continue;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            delay = TimeSpan.FromMilliseconds(250);
        }
        await handling;
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(listenerConnectionString);
        await connection.OpenAsync(ct);
        connection.Notification += (_, e) =>
        {
            if (e.Channel.StartsWith("craftmarket_", StringComparison.Ordinal)) dispatch.Received(e.Channel["craftmarket_".Length..], e.Payload);
        };
        foreach (var channel in dispatch.Channels)
        {
            ClusterSignalServices.CheckChannel(channel);
            await using var listen = new NpgsqlCommand($"LISTEN \"{WireChannel(channel)}\"", connection);
            await listen.ExecuteNonQueryAsync(ct);
        }
        ListenerProcessId = connection.ProcessID;
        // The first connection comes up with the caches it would refresh; any later one may follow lost signals.
        if (++Connections > 1) dispatch.MayHaveMissedSignals();
        log.LogInformation("Listening for cluster signals on PostgreSQL ({Channels})", string.Join(", ", dispatch.Channels));
        while (true)
        {
            if (await connection.WaitAsync(PingEvery, ct)) continue;
            await using var ping = new NpgsqlCommand("SELECT 1", connection);
            await ping.ExecuteScalarAsync(ct);
        }
    }

    public override void Dispose()
    {
        publisher.Dispose();
        base.Dispose();
    }
}
