using NetVips;

namespace CraftMarket.Media.Imaging;

/// <summary>
/// Process-wide libvips settings: the operation cache and threads (applied by every call, so the last
/// options win), and only the decoders for the formats we accept, once (libvips would otherwise also
/// open SVG, PDF, TIFF, GIF... given the bytes).
/// </summary>
internal static class VipsRuntime
{
    private static readonly Lock Gate = new();
    private static bool configured;

    public static void Configure(MediaOptions options)
    {
        lock (Gate)
        {
            // Rendering reads each original once and resizes into memory itself, so libvips' operation
            // cache only kept the last renders' pixels alive (ADR 0081): off by default.
            Cache.Max = options.VipsCacheOperations;
            Cache.MaxMem = (ulong)options.VipsCacheMegabytes * 1024 * 1024;
            Cache.MaxFiles = options.VipsCacheFiles;
            NetVips.NetVips.Concurrency = options.Concurrency;
            if (configured) return;
            Operation.Block("VipsForeignLoad", true);
            foreach (var loader in (string[])["VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp", "VipsForeignLoadHeif"])
                Operation.Block(loader, false);
            configured = true;
        }
    }
}
