using NetVips;

namespace CraftMarket.Media.Imaging;

/// <summary>
/// Process-wide libvips settings, applied once: bounded cache and threads, and only the decoders
/// for the formats we accept (libvips would otherwise also open SVG, PDF, TIFF, GIF... given the bytes).
/// </summary>
internal static class VipsRuntime
{
    private static readonly Lock Gate = new();
    private static bool configured;

    public static void Configure(MediaOptions options)
    {
        lock (Gate)
        {
            if (configured) return;
            // Rendering reads each original once, so caching operations buys little; keep it small and bounded.
            Cache.Max = options.VipsCacheOperations;
            Cache.MaxMem = (ulong)options.VipsCacheMegabytes * 1024 * 1024;
            Cache.MaxFiles = options.VipsCacheFiles;
            NetVips.NetVips.Concurrency = options.Concurrency;
            Operation.Block("VipsForeignLoad", true);
            foreach (var loader in (string[])["VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp", "VipsForeignLoadHeif"])
                Operation.Block(loader, false);
            configured = true;
        }
    }
}
