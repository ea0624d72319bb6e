namespace CraftMarket.Media;

public enum BlobStoreKind { FileSystem, S3 }

/// <summary>Bound from <c>CraftMarket:Media</c>. Every limit has a default that suits a phone photo.</summary>
public sealed class MediaOptions
{
    /// <summary>
    /// A file-system put's temporary file untouched this long belongs to a process killed mid-put and
    /// is removed when the store opens. 0 suits a data directory only one process uses.
    /// </summary>
    public TimeSpan OrphanedTempAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest upload accepted, checked against Content-Length and while streaming.</summary>
    public long MaxBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Largest picture accepted, from the header, before any pixel is decoded.</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>Photos smaller than this on their long edge are too small to sell from.</summary>
    public int MinLongEdge { get; set; } = 200;

    /// <summary>Bytes of originals one producer (member) may keep in one association.</summary>
    public long QuotaBytesPerProducer { get; set; } = 1024L * 1024 * 1024;

    /// <summary>
    /// A resumable (tus) upload untouched this long expires: HEAD and PATCH answer 404 and the sweep
    /// deletes its bytes. Each PATCH starts the time again, so a phone on a slow link keeps its upload.
    /// </summary>
    public TimeSpan ResumableExpiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired resumable uploads' files are deleted.</summary>
    public TimeSpan ResumableSweepEvery { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Photos per product; a gallery longer than this is not a gallery.</summary>
    public int MaxPhotosPerProduct { get; set; } = 24;

    /// <summary>Uploads per producer account per minute (a phone retrying is one upload per attempt).</summary>
    public int UploadsPerMinute { get; set; } = 30;

    /// <summary>libvips worker threads; defaults to the number of cores.</summary>
    public int Concurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// libvips' operation cache (operations, megabytes, open files). Off: a render reads its original
    /// once, so the cache bought nothing and held up to 32 MB of the last renders' pixels (ADR 0081;
    /// before it: 20, 32 and 10).
    /// </summary>
    public int VipsCacheOperations { get; set; }
    public int VipsCacheMegabytes { get; set; }
    public int VipsCacheFiles { get; set; }

    /// <summary>
    /// Give glibc's free memory back to the kernel (malloc_trim) when the last render in flight ends:
    /// libvips' encoders free tens of MB that malloc would otherwise keep for good (ADR 0081).
    /// </summary>
    public bool TrimAfterRender { get; set; } = true;

    /// <summary>
    /// Quality settings, as libvips' q (1-100), chosen at equal SSIM on real photos (ADR 74,
    /// scripts/bench-photos.sh): the lowest that keeps <see cref="Imaging.RenditionRecipe.MinSsim"/>.
    /// </summary>
    public int JpegQuality { get; set; } = 80;
    public int WebPQuality { get; set; } = 54;
    public int AvifQuality { get; set; } = 52;

    /// <summary>
    /// libaom's tuning for AVIF ("ssim", "psnr" or "iq"). libvips 8.18 defaults to "iq", Debian's
    /// libheif (and so ImageMagick and the vips command line) to "ssim": at the same q, iq keeps grain
    /// that costs 37% more bytes on a grainy photo and ties with ssim at equal SSIM on clean ones (ADR 74).
    /// </summary>
    public string AvifTune { get; set; } = "ssim";

    /// <summary>
    /// AV1 encoder effort, 0 (fastest) to 9. 1 encodes about 2.5x faster than 2 for 12-25% more AVIF
    /// bytes and no visible change (PSNR within 0.2 dB); scripts/bench-photos.sh measures it.
    /// </summary>
    public int AvifEffort { get; set; } = 1;

    /// <summary>
    /// WebP encoder effort (libwebp "method"), 0 (fastest) to 6. 2 encodes the four sizes of a grainy
    /// 12 MP photo 22-31% faster than 4 for 3.6% (grainy) to 8% (smooth) more WebP bytes and PSNR
    /// within 0.2 dB (ADR 18); WebP is the fallback for browsers without AVIF.
    /// </summary>
    public int WebPEffort { get; set; } = 2;

    /// <summary>
    /// Render attempts before a photo whose original cannot be read (missing, blob store down) is
    /// rejected with a reason instead of staying "processing". With the outbox's back-off (2, 4, 8 ...
    /// seconds) 10 attempts span about 17 minutes. An undecodable image is rejected at once.
    /// </summary>
    public int RenderAttempts { get; set; } = 10;

    /// <summary>Demo photos are drawn at seeding and rendered by the job; defaults to on in Development only (tests ask for them).</summary>
    public bool SeedDemoPhotos { get; set; }

    public BlobStoreKind BlobStore { get; set; } = BlobStoreKind.FileSystem;

    /// <summary>File-system store root; empty means <c>media/</c> in the data directory.</summary>
    public string FileSystemRoot { get; set; } = "";

    public S3Options S3 { get; set; } = new();

    /// <summary>Limits of files other modules keep privately (<c>CraftMarket:Media:PrivateFiles</c>).</summary>
    public PrivateFileOptions PrivateFiles { get; set; } = new();
}

/// <summary>Photos use the product-photo limits (<see cref="MediaOptions.MaxBytes"/>, <see cref="MediaOptions.MaxPixels"/>); these are the rest.</summary>
public sealed class PrivateFileOptions
{
    /// <summary>Largest PDF kept: a scanned certificate or a lab report, not a catalogue.</summary>
    public long MaxPdfBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Photos are re-encoded no larger than this on their long side: enough to read a label or see a glaze defect.</summary>
    public int MaxPhotoEdge { get; set; } = 2560;

    /// <summary>JPEG quality of re-encoded photos (libvips' q): evidence is looked at closely, so higher than renditions.</summary>
    public int JpegQuality { get; set; } = 85;

    /// <summary>Bytes a PDF's compressed streams may inflate to while being checked for active content; more is refused.</summary>
    public long MaxPdfInflatedBytes { get; set; } = 100L * 1024 * 1024;
}

/// <summary>An S3-compatible bucket: AWS, MinIO, Ceph, s3rver in tests.</summary>
public sealed class S3Options
{
    public string ServiceUrl { get; set; } = "";
    public string Region { get; set; } = "us-east-1";
    public string Bucket { get; set; } = "craftmarket-media";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";
    public bool ForcePathStyle { get; set; } = true;
    public bool CreateBucket { get; set; }
}
