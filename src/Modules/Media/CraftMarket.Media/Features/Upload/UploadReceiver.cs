using System.Buffers;
using System.Security.Cryptography;
using CraftMarket.Media.Imaging;

namespace CraftMarket.Media.Features.Upload;

/// <summary>A whole, checked upload in the staging folder, with its SHA-256; the caller deletes it.</summary>
internal sealed record ReceivedFile(string TempPath, string Sha256, long Bytes, ImageHeader Header);

/// <summary>
/// Streams one uploaded file to a staging file, deciding as early as the bytes allow: the type and
/// pixel count from the first bytes (a 100k x 100k PNG is refused after 33 bytes), the byte limit
/// as it counts (the rest of an oversized body is never read), then markup (outside the coded
/// image data) and completeness.
/// </summary>
internal sealed class UploadReceiver(MediaOptions options, StagingArea staging)
{
    public async Task<(ReceivedFile? File, Refusal? Refusal)> ReceiveAsync(Stream body, CancellationToken ct)
    {
        var temp = staging.NewFile();
        var keep = false;
        try
        {
            var (file, refusal) = await CopyAsync(body, temp, ct);
            keep = file is not null;
            return (file, refusal);
        }
        finally
        {
            if (!keep) File.Delete(temp);
        }
    }

    private async Task<(ReceivedFile?, Refusal?)> CopyAsync(Stream body, string temp, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new ArrayBufferWriter<byte>(64 * 1024);
        ImageHeader? header = null;
        long total = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            await using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > options.MaxBytes) return (null, TooBig());
                var chunk = buffer.AsMemory(0, read);
                if (header is null && head.WrittenCount < ImageSniffer.MaxHeaderBytes)
                {
                    head.Write(chunk.Span);
                    var sniffed = ImageSniffer.Sniff(head.WrittenSpan, complete: false);
                    if (sniffed.Refusal is { } early) return (null, early);
                    if (sniffed.Header is { } found && Check(found) is { } limit) return (null, limit);
                    header = sniffed.Header;
                }
                hash.AppendData(chunk.Span);
                await output.WriteAsync(chunk, ct);
            }
            await output.FlushAsync(ct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (header is null)
        {
            var sniffed = ImageSniffer.Sniff(head.WrittenSpan, complete: true);
            if (sniffed.Refusal is { } refused) return (null, refused);
            header = sniffed.Header!;
            if (Check(header) is { } limit) return (null, limit);
        }
        if (MarkupScanner.Find(temp, header.Format) is { } tag)
            return (null, Refusal.Unsupported($"The file contains web page or script markup ({tag}) besides the image (a polyglot file), so it is refused."));
        if (Completeness.Check(temp, header.Format) is { } incomplete) return (null, incomplete);
        if (header.Format == ImageFormat.Png && PngChunkCrc.Check(temp) is { } corrupt) return (null, corrupt);
        return (new ReceivedFile(temp, Convert.ToHexStringLower(hash.GetHashAndReset()), total, header), null);
    }

    public Refusal TooBig() =>
        Refusal.TooLarge($"The file is larger than {options.MaxBytes / (1024 * 1024)} MB. Photos are shrunk by the page before upload; send a smaller one.");

    /// <summary>The limits a header alone decides (HEIC, megapixels, too small); the resumable upload asks too, as soon as it has the header.</summary>
    public Refusal? Check(ImageHeader header)
    {
        if (header.Format == ImageFormat.Heic)
            return Refusal.Unsupported("HEIC photos (HEVC codec) cannot be decoded on this server. Upload from the web page (the phone converts the photo to JPEG), or set the camera to “Most compatible”.");
        if (header.Pixels > options.MaxPixels)
            return Refusal.TooLarge($"The image is {header.Width} x {header.Height} pixels; at most {options.MaxPixels / 1_000_000} megapixels are accepted.");
        if (Math.Max(header.Width, header.Height) < options.MinLongEdge)
            return new Refusal(422, "too_small", $"The image is only {header.Width} x {header.Height} pixels; buyers need at least {options.MinLongEdge} pixels on the long edge.");
        return null;
    }
}

/// <summary>
/// Local disk for uploads in flight and renders in progress, one folder per process (a web and a
/// worker process may share the data directory). Folders of processes gone for an hour are removed.
/// </summary>
internal sealed class StagingArea
{
    public StagingArea(string parent)
    {
        Directory.CreateDirectory(parent);
        foreach (var old in new DirectoryInfo(parent).GetDirectories().Where(d => d.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)))
        {
            try { old.Delete(recursive: true); } catch (IOException) { /* another process is cleaning too */ }
        }
        Root = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string NewFile() => Path.Combine(Root, Guid.NewGuid().ToString("N"));

    public string NewFolder()
    {
        var path = NewFile();
        Directory.CreateDirectory(path);
        return path;
    }
}
