using CraftMarket.Identity.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Schemes;

/// <summary>
/// The mark's image: uploaded by the association admin through Media's private files (a photo
/// only, re-encoded without metadata), served publicly for the storefront badges, the labels and
/// the registry. The URL carries the file id, so a new image is a new URL and browsers may keep one for a year.
/// </summary>
internal sealed partial class MarkImage(QualityMarksDb db, IPrivateFiles files, ICurrentActor current, ITenantContext tenant, ITenantDirectory villages,
    IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string Purpose = "quality-marks.mark-image";

    /// <summary>Where buyers' pages load the image; null while there is none.</summary>
    public static string? UrlOf(MarkScheme scheme) =>
        scheme.ImageFileId is { } file ? $"/quality/schemes/{scheme.Id.Value}/image?v={file:N}" : null;

    public async Task<Result<SchemeDto>> UploadAsync(MarkSchemeId id, IFormFile? file, CancellationToken ct)
    {
        if (await db.Schemes.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } scheme) return Error.NotFound("scheme");
        if (file is null || file.Length == 0) return Error.Validation("file", "Choose a photo of the mark.");
        Result<StoredFile> stored;
        await using (var content = file.OpenReadStream())
            stored = await files.StoreAsync(Purpose, file.FileName, content, ct);
        if (stored.IsFailure) return stored.Error!;
        if (stored.Value!.Kind != StoredFileKind.Photo)
        {
            await files.DeleteAsync(stored.Value.Id, ct);
            return Error.Validation("file", "The mark image must be a photo (JPEG, PNG, WebP or HEIC), not a PDF.");
        }

        var previous = scheme.ImageFileId;
        scheme.ImageFileId = stored.Value.Id.Value;
        db.Record(clock.GetUtcNow(), AuditActor.Of(current.Actor), SchemeEditor.Subject, scheme.Id.Value, "image-changed",
            $"file {stored.Value.Id} ({stored.Value.Length} bytes, sha256 {stored.Value.Sha256}){(previous is { } old ? $", replaced {old}" : "")}");
        await db.SaveChangesAsync(ct);
        return SchemeDto.From(scheme);
    }

    /// <summary>
    /// The image of one of the current association's schemes (retired ones too: their certificates
    /// still show it); another association's scheme is not found on a village host. The platform
    /// host (the registry across villages) serves any active village's mark image by its scheme id.
    /// </summary>
    public async Task<IResult> ServeAsync(MarkSchemeId id, string? version, HttpContext http, CancellationToken ct)
    {
        if (tenant.TenantId is null) return await ServeAcrossVillagesAsync(id, version, http, ct);
        var fileId = await db.Schemes.AsNoTracking().Where(s => s.Id == id).Select(s => s.ImageFileId).FirstOrDefaultAsync(ct);
        return fileId is { } file ? await RespondAsync(files, file, version, http, ct) : NotFound();
    }

    private static async Task<IResult> RespondAsync(IPrivateFiles store, Guid file, string? version, HttpContext http, CancellationToken ct)
    {
        if (await store.OpenAsync(new FileId(file), ct) is not { } content) return NotFound();
        if (content.File.Kind != StoredFileKind.Photo)
        {
            await content.DisposeAsync();
            return NotFound();
        }
        // A URL naming the current file never changes; the bare URL is checked again after a few minutes.
        http.Response.Headers.CacheControl = string.Equals(version, file.ToString("N"), StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "public, max-age=300";
        return TypedResults.Stream(content.Content, content.File.ContentType, lastModified: content.File.StoredAt,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file:N}\""));
    }

    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such mark image.");
}
