using System.Text.Json;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.Web.Hosting;

namespace CraftMarket.Web.Tests;

/// <summary>The process-level memory settings of ADR 0081, as `dotnet CraftMarket.Web.dll` gets them.</summary>
public sealed class ProcessMemoryTests
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public void The_site_runtimeconfig_asks_for_workstation_non_concurrent_gc_that_conserves_memory()
    {
        // The site's own runtimeconfig, copied beside the tests: what a published site starts with.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CraftMarket.Web.runtimeconfig.json")));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        properties.GetProperty("System.GC.Server").GetBoolean().ShouldBeFalse("the Web SDK's server GC keeps a heap per core");
        properties.GetProperty("System.GC.Concurrent").GetBoolean().ShouldBeFalse();
        properties.GetProperty("System.GC.ConserveMemory").GetRawText().Trim('"').ShouldBe("5");
    }

    [Fact]
    public void Glibc_takes_the_arena_cap_and_trims()
    {
        if (!OperatingSystem.IsLinux()) return;
        GlibcHeap.IsAvailable.ShouldBeTrue("Debian and the .NET images use glibc");
        GlibcHeap.LimitArenas(2).ShouldBeTrue("mallopt(M_ARENA_MAX) accepted");
        GlibcHeap.LimitArenas(0).ShouldBeFalse("0 leaves glibc's default: nothing is called");
        Should.NotThrow(() => GlibcHeap.Trim());
    }

    [Fact]
    public void Memory_is_released_once_in_the_first_quiet_period_after_a_busy_one()
    {
        var decision = new IdleReleaseDecision(quietBytes: 16 * Mb, busyBytes: 64 * Mb);
        long total = 500 * Mb;
        bool Tick(long allocated) => decision.Observe(total += allocated);

        Tick(0).ShouldBeFalse("the first reading has nothing to compare with");
        Tick(1 * Mb).ShouldBeFalse("idle since start: nothing to give back");
        Tick(200 * Mb).ShouldBeFalse("busy: a compacting collection now would only cost time");
        Tick(40 * Mb).ShouldBeFalse("tailing off, not quiet yet");
        Tick(2 * Mb).ShouldBeTrue("quiet after a busy spell");
        Tick(0).ShouldBeFalse("already released; nothing new since");
        Tick(30 * Mb).ShouldBeFalse("moderate traffic is not a busy spell");
        Tick(0).ShouldBeFalse();
        Tick(100 * Mb).ShouldBeFalse();
        Tick(0).ShouldBeTrue("the next busy spell is given back too");
    }
}
