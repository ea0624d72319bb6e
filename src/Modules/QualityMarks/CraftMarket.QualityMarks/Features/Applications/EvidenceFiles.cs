using CraftMarket.Identity.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>
/// A member's evidence (photos of the workshop and raw material, invoices as PDF or photo), kept
/// privately through Media: read only by the member it belongs to and the association's staff.
/// </summary>
internal sealed class EvidenceFiles(QualityMarksDb db, ApplicationAccess access, IPrivateFiles files, TimeProvider clock)
{
    public const string Purpose = "quality-marks.evidence";
    public const int CaptionMax = 200;

    /// <summary>Files a browser sends for an empty file input (no name, no bytes) are not uploads.</summary>
    public static IReadOnlyList<IFormFile> Chosen(IEnumerable<IFormFile> form) =>
        [.. form.Where(f => f.Length > 0 || f.FileName.Length > 0)];

    /// <summary>
    /// Stores each file through Media and adds those accepted; refused ones are reported together
    /// (a validation problem on "file"), after the accepted ones were kept.
    /// </summary>
    public async Task<Result<MarkApplication>> AddAsync(MarkApplicationId id, IReadOnlyList<IFormFile> uploads, string? caption,
        CurrentActor actor, CancellationToken ct)
    {
        if (await access.FindAsync(id, actor, ct) is not { } application) return Error.NotFound("application");
        if (!application.IsOpen) return Error.Conflict("application_state", "Evidence can only be added while the application is open.");
        if (uploads.Count == 0) return Error.Validation("file", "Choose at least one photo or PDF.");
        if (application.Evidence.Count + uploads.Count > MarkApplication.MaxEvidence)
            return Error.Validation("file", $"An application holds at most {MarkApplication.MaxEvidence} photos and documents.");
        var text = (caption ?? "").Trim();
        if (text.Length > CaptionMax) return Error.Validation("caption", $"At most {CaptionMax} characters.");

        var now = clock.GetUtcNow();
        var kept = new List<EvidenceItem>();
        var refused = new List<string>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            var stored = await files.StoreAsync(Purpose, upload.FileName, stream, ct);
            if (stored.IsFailure) { refused.Add($"{Name(upload.FileName)}: {Reason(stored.Error!)}"); continue; }
            var file = stored.Value!;
            kept.Add(new EvidenceItem(file.Id.Value, file.Kind == StoredFileKind.Pdf ? EvidenceKind.Document : EvidenceKind.Photo,
                Name(file.FileName), text, now));
            db.Record(now, ApplicationAccess.Who(actor), "application", application.Id.Value, "evidence-added",
                $"{file.Id} {file.Kind} {Name(file.FileName)} sha256 {file.Sha256}");
        }
        if (kept.Count > 0)
        {
            var added = application.AddEvidence(kept);
            if (added.IsFailure) return added.Error!;
            await db.SaveChangesAsync(ct);
        }
        return refused.Count == 0 ? application
            : Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [.. refused] });
    }

    public async Task<Result> RemoveAsync(MarkApplicationId id, Guid fileId, CurrentActor actor, CancellationToken ct)
    {
        if (await access.FindAsync(id, actor, ct) is not { } application) return Error.NotFound("application");
        var removed = application.RemoveEvidence(fileId);
        if (removed.IsFailure) return removed.Error!;
        db.Record(clock.GetUtcNow(), ApplicationAccess.Who(actor), "application", application.Id.Value, "evidence-removed",
            $"{fileId} {removed.Value!.FileName}");
        await db.SaveChangesAsync(ct);
        await files.DeleteAsync(new FileId(fileId), ct);
        return Result.Ok();
    }

    /// <summary>The file, if it is evidence of an application the actor may see; otherwise null (answered as not found).</summary>
    public async Task<FileContent?> OpenAsync(MarkApplicationId id, Guid fileId, CurrentActor actor, CancellationToken ct)
    {
        if (await access.FindAsync(id, actor, ct) is not { } application || application.Evidence.All(e => e.FileId != fileId)) return null;
        return await files.OpenAsync(new FileId(fileId), ct);
    }

    /// <summary>Private files go to the one reader asking, never into a shared cache; documents download rather than open in the site's origin.</summary>
    public static IResult Serve(FileContent file, HttpContext http)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return file.File.Kind == StoredFileKind.Pdf
            ? TypedResults.Stream(file.Content, file.File.ContentType, Name(file.File.FileName))
            : TypedResults.Stream(file.Content, file.File.ContentType);
    }

    private static string Name(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "file" : name.Length > 120 ? name[^120..] : name;
    }

    private static string Reason(Error error) =>
        error.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? error.Message;
}
