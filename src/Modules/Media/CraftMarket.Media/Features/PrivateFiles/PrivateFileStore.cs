using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Features.Upload;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Storage;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Features.PrivateFiles;

/// <summary>
/// <see cref="IPrivateFiles"/>: a file is streamed to staging under the product-photo byte limit (or
/// the PDF limit once its first bytes say PDF), sniffed from its bytes, then a photo is re-encoded
/// to a JPEG without metadata and a PDF is checked (<see cref="PdfCheck"/>). The blob is written
/// before its row, so a crash between them leaves an unreachable blob, never a row without bytes.
/// </summary>
internal sealed class PrivateFileStore(MediaDb db, ITenantContext tenant, IBlobStore blobs, StagingArea staging, PhotoRenderer renderer,
    MediaOptions options, TimeProvider clock) : IPrivateFiles
{
    private const string PhotosOrPdf = " Only photos (JPEG, PNG, WebP, AVIF) and PDF documents are accepted.";

    public async Task<Result<StoredFile>> StoreAsync(string purpose, string fileName, Stream content, CancellationToken ct)
    {
        if (tenant.TenantId is not { } owner) throw new InvalidOperationException("Private files are kept for an association; there is no current one.");
        if (string.IsNullOrWhiteSpace(purpose) || purpose.Length > 100 || !purpose.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-'))
            throw new ArgumentException("A purpose is a short lower-case name such as \"quality-marks.evidence\".", nameof(purpose));

        var received = staging.NewFile();
        var encoded = received + ".jpg";
        try
        {
            var (kind, refusal) = await ReceiveAsync(content, received, ct);
            if (refusal is not null) return Refuse(refusal);
            string stored;
            if (kind == StoredFileKind.Pdf)
            {
                if (PdfCheck.Refusal(await File.ReadAllBytesAsync(received, ct), options.PrivateFiles.MaxPdfInflatedBytes) is { } unsafePdf)
                    return Refuse(unsafePdf);
                stored = received;
            }
            else
            {
                try
                {
                    await renderer.ReencodeJpegAsync(received, encoded, options.PrivateFiles.MaxPhotoEdge, options.PrivateFiles.JpegQuality, ct);
                }
                catch (UndecodableImageException e)
                {
                    return Refuse(e.Message);
                }
                stored = encoded;
            }

            var file = new PrivateFile(FileId.New(), owner, purpose, kind, kind == StoredFileKind.Pdf ? "application/pdf" : "image/jpeg",
                new FileInfo(stored).Length, await Sha256Async(stored, ct), SafeFileName.For(fileName, kind), clock.GetUtcNow());
            await blobs.PutAsync(file.BlobKey, stored, file.ContentType, ct);
            db.PrivateFiles.Add(file);
            await db.SaveChangesAsync(ct);
            return file.ToStoredFile();
        }
        finally
        {
            File.Delete(received);
            File.Delete(encoded);
        }
    }

    public async Task<FileContent?> OpenAsync(FileId id, CancellationToken ct)
    {
        if (await Find(id, ct) is not { } file) return null;
        var blob = await blobs.OpenReadAsync(file.BlobKey, ct);
        return blob is null ? null : new FileContent(file.ToStoredFile(), blob.Stream);
    }

    public async Task<StoredFile?> FindAsync(FileId id, CancellationToken ct) => (await Find(id, ct))?.ToStoredFile();

    /// <summary>The row goes first: a crash before the blob is removed leaves bytes nothing points at, never a row without bytes.</summary>
    public async Task DeleteAsync(FileId id, CancellationToken ct)
    {
        if (await db.PrivateFiles.FirstOrDefaultAsync(f => f.Id == id, ct) is not { } file) return;
        db.PrivateFiles.Remove(file);
        await db.SaveChangesAsync(ct);
        await blobs.DeleteAsync(file.BlobKey, ct);
    }

    /// <summary>The query filter scopes to the current tenant; with no tenant nothing is found.</summary>
    private Task<PrivateFile?> Find(FileId id, CancellationToken ct) =>
        tenant.HasTenant ? db.PrivateFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) : Task.FromResult<PrivateFile?>(null);

    /// <summary>Copies the upload to staging, deciding what it is from its first bytes and stopping at that kind's byte limit.</summary>
    private async Task<(StoredFileKind Kind, string? Refusal)> ReceiveAsync(Stream body, string path, CancellationToken ct)
    {
        var head = new ArrayBufferWriter<byte>(64 * 1024);
        StoredFileKind? kind = null;
        ImageHeader? header = null;
        long total = 0;
        var limit = Math.Max(options.MaxBytes, options.PrivateFiles.MaxPdfBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > limit) return (kind ?? StoredFileKind.Photo, TooLarge(kind));
                if (header is null && kind != StoredFileKind.Pdf && head.WrittenCount < ImageSniffer.MaxHeaderBytes)
                {
                    head.Write(buffer.AsSpan(0, read));
                    var decided = Decide(head.WrittenSpan, complete: false);
                    if (decided.Refusal is not null) return (StoredFileKind.Photo, decided.Refusal);
                    (kind, header) = (decided.Kind, decided.Header);
                    if (kind is { } known)
                    {
                        limit = known == StoredFileKind.Pdf ? options.PrivateFiles.MaxPdfBytes : options.MaxBytes;
                        if (total > limit) return (known, TooLarge(known));
                    }
                }
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (kind is null)
        {
            var decided = Decide(head.WrittenSpan, complete: true);
            if (decided.Refusal is not null) return (StoredFileKind.Photo, decided.Refusal);
            (kind, header) = (decided.Kind, decided.Header);
        }
        if (kind == StoredFileKind.Photo && Completeness.Check(path, header!.Format) is { } incomplete) return (StoredFileKind.Photo, incomplete.Reason);
        return (kind!.Value, null);
    }

    private (StoredFileKind? Kind, ImageHeader? Header, string? Refusal) Decide(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.Length < 5 && !complete) return (null, null, null);
        if (PdfCheck.LooksLikePdf(head)) return (StoredFileKind.Pdf, null, null);
        var sniffed = ImageSniffer.Sniff(head, complete, PhotosOrPdf);
        if (sniffed.Refusal is { } refusal) return (null, null, refusal.Reason);
        if (sniffed.Header is not { } header) return (null, null, null);
        if (header.Format == ImageFormat.Heic)
            return (null, null, "HEIC photos (HEVC codec) cannot be decoded on this server. Set the camera to “Most compatible” (JPEG), or send a screenshot or JPEG copy of the photo.");
        if (header.Pixels > options.MaxPixels)
            return (null, null, $"The image is {header.Width} x {header.Height} pixels; at most {options.MaxPixels / 1_000_000} megapixels are accepted. Send a smaller copy.");
        return (StoredFileKind.Photo, header, null);
    }

    private string TooLarge(StoredFileKind? kind) => kind == StoredFileKind.Pdf
        ? $"The PDF is larger than {Megabytes(options.PrivateFiles.MaxPdfBytes)}. Scan at a lower resolution (150 to 200 dpi is enough to read) or split it into parts, and send it again."
        : $"The file is larger than {Megabytes(kind == StoredFileKind.Photo ? options.MaxBytes : Math.Max(options.MaxBytes, options.PrivateFiles.MaxPdfBytes))}. Send a smaller photo (a phone photo is usually 2 to 6 MB) or a smaller PDF.";

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KB");

    private static Result<StoredFile> Refuse(string message) => Error.Validation("file", message);

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }
}
