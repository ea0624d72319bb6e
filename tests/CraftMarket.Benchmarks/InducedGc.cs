using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace CraftMarket.Benchmarks;

/// <summary>
/// Makes another .NET process run a full blocking GC, the way heap-dump tools do: an EventPipe
/// session asking the runtime provider for the GCHeapCollect keyword.
/// </summary>
internal static class InducedGc
{
    private const long GcKeyword = 0x1;
    private const long GcHeapCollectKeyword = 0x800000;

    public static async Task CollectAsync(int processId)
    {
        var client = new DiagnosticsClient(processId);
        var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword);
        using var session = client.StartEventPipeSession(provider, requestRundown: false);
        // The stream must be drained or the target blocks writing events.
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await session.StopAsync(CancellationToken.None);
        await drain;
    }
}
