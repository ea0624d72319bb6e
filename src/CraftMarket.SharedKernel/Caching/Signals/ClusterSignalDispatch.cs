using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.SharedKernel.Caching.Signals;

/// <summary>
/// What both cross-node transports share: the wire format (this node's id, then the payload, so a node
/// drops its own signals), and one queue that hands signals to the handlers in order, off the
/// transport's own thread (Npgsql raises notifications inside its wait; Redis on its reader).
/// </summary>
public sealed class ClusterSignalDispatch(IServiceProvider services, ILogger<ClusterSignalDispatch> log)
{
    private readonly Channel<(string Channel, ClusterSignal Signal)> queue =
        Channel.CreateUnbounded<(string, ClusterSignal)>(new UnboundedChannelOptions { SingleReader = true });
    private IReadOnlyList<IClusterSignalHandler>? handlers;

    /// <summary>This process, for as long as it runs.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Signals handled since start (tests wait on it rather than sleeping).</summary>
    public long Handled => Interlocked.Read(ref handled);
    private long handled;

    /// <summary>Resolved late: handlers depend on caches that depend on the publisher.</summary>
    public IReadOnlyList<IClusterSignalHandler> Handlers => handlers ??= [.. services.GetServices<IClusterSignalHandler>()];

    public IEnumerable<string> Channels => Handlers.Select(h => h.Channel).Distinct(StringComparer.Ordinal);

    public string Wrap(string payload) => NodeId + ":" + payload;

    /// <summary>From the transport: a message as it came on the wire. Own and malformed messages are dropped.</summary>
    public void Received(string channel, string? message)
    {
        if (message is null || message.Length < NodeId.Length + 1 || message[NodeId.Length] != ':') return;
        if (message.AsSpan(0, NodeId.Length).SequenceEqual(NodeId)) return;
        queue.Writer.TryWrite((channel, new ClusterSignal(message[(NodeId.Length + 1)..])));
    }

    /// <summary>After a (re)connection: signals may have been lost meanwhile, so every handler reloads.</summary>
    public void MayHaveMissedSignals()
    {
        foreach (var channel in Channels) queue.Writer.TryWrite((channel, ClusterSignal.Resync));
    }

    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var (channel, signal) in queue.Reader.ReadAllAsync(ct))
            {
                foreach (var handler in Handlers.Where(h => h.Channel.Equals(channel, StringComparison.Ordinal)))
                {
                    try
                    {
                        await handler.HandleAsync(signal, ct);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        log.LogWarning(ex, "Cluster signal handler {Handler} failed on {Channel}", handler.GetType().Name, channel);
                    }
                }
                Interlocked.Increment(ref handled);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // stopping
        }
    }
}
