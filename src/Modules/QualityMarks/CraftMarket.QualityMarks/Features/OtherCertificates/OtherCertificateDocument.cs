using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.QualityMarks.Features.OtherCertificates;

/// <summary>
/// The scan or PDF of a member's certificate, kept privately through Media (sniffed, photos
/// re-encoded without metadata, PDFs structure-checked). Staff and the member itself may download it; nobody else.
/// </summary>
internal sealed class OtherCertificateDocument(OtherCertificateEditor editor, IPrivateFiles files)
{
    public const string Purpose = "quality-marks.other-certificate";

    public async Task<Result<OtherCertificateDto>> UploadAsync(OtherCertificateId id, IFormFile? file, CancellationToken ct)
    {
        var found = await editor.FindForChangeAsync(id, ct);
        if (found.IsFailure) return found.Error!;
        if (file is null || file.Length == 0) return Error.Validation("file", "Choose the certificate's PDF or a photo of it.");
        Result<StoredFile> stored;
        await using (var content = file.OpenReadStream())
            stored = await files.StoreAsync(Purpose, file.FileName, content, ct);
        if (stored.IsFailure) return stored.Error!;
        await editor.AttachAsync(found.Value!, stored.Value!, ct);
        return await editor.GetAsync(id, Describe(stored.Value!), ct);
    }

    /// <summary>The document if the actor may read the certificate (staff, or the member itself); null otherwise or when there is none.</summary>
    public async Task<FileContent?> OpenAsync(OtherCertificateId id, CancellationToken ct) =>
        await editor.FindReadableAsync(id, ct) is { DocumentFileId: { } file } ? await files.OpenAsync(new FileId(file), ct) : null;

    public async Task<DocumentDto?> DescribeAsync(Guid? file, CancellationToken ct) =>
        file is { } id && await files.FindAsync(new FileId(id), ct) is { } stored ? Describe(stored) : null;

    /// <summary>A private download: never kept by a shared cache, always saved rather than shown inline.</summary>
    public static IResult Download(FileContent content, HttpContext http)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        var name = content.File.Kind == StoredFileKind.Pdf ? "certificate.pdf" : "certificate.jpg";
        return TypedResults.Stream(content.Content, content.File.ContentType, fileDownloadName: name);
    }

    private static DocumentDto Describe(StoredFile f) => new(f.ContentType, f.Length, f.FileName, f.Sha256, f.StoredAt);
}
