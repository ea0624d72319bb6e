using CraftMarket.SharedKernel.Hosting;
using Microsoft.Extensions.Options;

namespace CraftMarket.Web.Hosting;

/// <summary>Bound from <c>CraftMarket:Memory</c>: how the process keeps its resident memory down (ADR 0081).</summary>
public sealed class MemoryOptions
{
    public const string Section = "CraftMarket:Memory";

    /// <summary>
    /// glibc malloc arenas (what <c>MALLOC_ARENA_MAX</c> sets, applied by the process itself at start);
    /// 0 leaves glibc's default of 8 per core. Two cut a render's peak by 45-65 MB (ADR 74).
    /// </summary>
    public int MallocArenas { get; set; } = 2;

    /// <summary>
    /// After a busy spell, once the process is quiet, compact the managed heap, decommit what it no
    /// longer needs and trim glibc's arenas, so a node returns towards its idle size instead of
    /// staying at its peak until the next request burst.
    /// </summary>
    public bool ReleaseWhenIdle { get; set; } = true;

    /// <summary>How often the allocation rate is looked at.</summary>
    public TimeSpan IdleCheckEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Managed bytes allocated in one <see cref="IdleCheckEvery"/> period below which the process counts as quiet.</summary>
    public long QuietBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Managed bytes allocated in one period above which the process was busy (worth a release once quiet).</summary>
    public long BusyBytes { get; set; } = 64L * 1024 * 1024;
}

internal static class ProcessMemory
{
    /// <summary>First thing at start: the arena cap only holds for arenas malloc creates afterwards.</summary>
    public static void AddProcessMemory(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(MemoryOptions.Section).Get<MemoryOptions>() ?? new MemoryOptions();
        GlibcHeap.LimitArenas(options.MallocArenas);
        builder.Services.AddSingleton(Options.Create(options));
        if (options.ReleaseWhenIdle) builder.Services.AddHostedService<IdleMemoryRelease>();
    }
}

/// <summary>
/// Decides, from the process's total allocated bytes read once per period, when to give memory back:
/// once, in the first quiet period after a busy one. Never while busy (a compacting collection then
/// would only cost time), never twice in a row while idle (nothing new to give back).
/// </summary>
internal sealed class IdleReleaseDecision(long quietBytes, long busyBytes)
{
    private long? last;
    private bool busySinceRelease;

    /// <summary>Whether to release now, given the total allocated bytes at this tick.</summary>
    public bool Observe(long allocatedTotal)
    {
        var allocated = last is { } previous ? allocatedTotal - previous : 0;
        last = allocatedTotal;
        if (allocated >= busyBytes) busySinceRelease = true;
        if (!busySinceRelease || allocated >= quietBytes) return false;
        busySinceRelease = false;
        return true;
    }
}

/// <summary>The hosted service that applies <see cref="IdleReleaseDecision"/>: a compacting, decommitting GC and malloc_trim.</summary>
internal sealed class IdleMemoryRelease(IOptions<MemoryOptions> options, TimeProvider clock, ILogger<IdleMemoryRelease> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var decision = new IdleReleaseDecision(settings.QuietBytes, settings.BusyBytes);
        using var timer = new PeriodicTimer(settings.IdleCheckEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!decision.Observe(GC.GetTotalAllocatedBytes())) continue;
                var before = Environment.WorkingSet;
                Release();
                log.LogDebug("Quiet after a busy spell: working set {Before} -> {After} bytes", before, Environment.WorkingSet);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    /// <summary>Aggressive: compacts every generation and decommits the free regions; then glibc's free pages go back too.</summary>
    internal static void Release()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GlibcHeap.Trim();
    }
}
