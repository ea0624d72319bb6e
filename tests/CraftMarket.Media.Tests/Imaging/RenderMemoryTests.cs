using CraftMarket.Media.Imaging;
using CraftMarket.Media.Tests.Support;
using CraftMarket.SharedKernel.Hosting;
using NetVips;

namespace CraftMarket.Media.Tests.Imaging;

/// <summary>libvips' cache is process-wide: these tests set it, so they run alone, after the others.</summary>
[CollectionDefinition(nameof(LibvipsSettings), DisableParallelization = true)]
public sealed class LibvipsSettings;

/// <summary>What a render leaves in memory (ADR 0081): no libvips operation cache by default, glibc trimmed after the last render.</summary>
[Collection(nameof(LibvipsSettings))]
public sealed class RenderMemoryTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("cm-render-memory").FullName;

    [Fact]
    public void By_default_libvips_keeps_no_operation_cache()
    {
        using var renderer = new PhotoRenderer(new MediaOptions());
        (Cache.Max, Cache.MaxMem, Cache.MaxFiles).ShouldBe((0, 0UL, 0), "a render reads its original once: cached operations only held pixels");
    }

    [Fact]
    public void Configured_cache_limits_reach_libvips_and_the_last_configuration_wins()
    {
        using (new PhotoRenderer(new MediaOptions { VipsCacheOperations = 7, VipsCacheMegabytes = 3, VipsCacheFiles = 2 }))
            (Cache.Max, Cache.MaxMem, Cache.MaxFiles).ShouldBe((7, 3UL * 1024 * 1024, 2));
        using (new PhotoRenderer(new MediaOptions()))
            (Cache.Max, Cache.MaxMem, Cache.MaxFiles).ShouldBe((0, 0UL, 0));
    }

    [Fact]
    public async Task Glibc_is_trimmed_when_the_last_render_in_flight_ends()
    {
        GlibcHeap.IsAvailable.ShouldBe(OperatingSystem.IsLinux(), "the site and CI run on glibc Linux");
        var original = Path.Combine(dir, "original.jpg");
        await File.WriteAllBytesAsync(original, TestImages.Jpeg(1600, 1200));

        using var trimming = new PhotoRenderer(new MediaOptions());
        await Task.WhenAll(trimming.RenderAsync(original, Path.Combine(dir, "a"), CancellationToken.None),
            trimming.RenderAsync(original, Path.Combine(dir, "b"), CancellationToken.None));
        trimming.Trims.ShouldBeInRange(1, 2, "once the last of the two ends (or after each, when they did not overlap)");

        using var keeping = new PhotoRenderer(new MediaOptions { TrimAfterRender = false });
        await keeping.RenderAsync(original, Path.Combine(dir, "c"), CancellationToken.None);
        keeping.Trims.ShouldBe(0);
    }

    public void Dispose() => Directory.Delete(dir, true);
}
