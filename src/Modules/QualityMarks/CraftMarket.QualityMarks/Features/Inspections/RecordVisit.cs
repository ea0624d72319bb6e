using CraftMarket.Identity.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Inspections;

internal sealed record FindingInput(string? CriterionKey, bool? Met, string? Notes, IReadOnlyList<Guid>? PhotoFileIds);

internal sealed record DefectInput(string? Type, int? Count);

/// <summary>A visit as the inspector records it; a criterion whose <c>met</c> is null counts as not answered.</summary>
internal sealed record RecordVisitRequest(IReadOnlyList<FindingInput>? Findings, IReadOnlyList<DefectInput>? Defects, int? SampleSize,
    string? Outcome, string? Notes)
{
    public Result<VisitRecord> ToVisit()
    {
        InspectionOutcome outcome = InspectionOutcome.Pending;
        if (Outcome is { Length: > 0 } text && !(Enum.TryParse(text, ignoreCase: true, out outcome) && outcome != InspectionOutcome.Pending))
            return Error.Validation("outcome", "Choose passed or failed.");
        return new VisitRecord(
            [.. (Findings ?? []).Where(f => f.Met is not null)
                .Select(f => new CriterionFinding(f.CriterionKey?.Trim() ?? "", f.Met!.Value, f.Notes?.Trim() ?? "", [.. f.PhotoFileIds ?? []]))],
            [.. (Defects ?? []).Select(d => new DefectCount(d.Type?.Trim() ?? "", d.Count ?? 0))],
            SampleSize ?? 0, outcome, Notes?.Trim() ?? "");
    }
}

/// <summary>
/// The inspector (or the association's admin) records a visit: photos first (Media, purpose
/// "quality-marks.inspection"; photos only), then the findings that cite them, once.
/// </summary>
internal sealed class RecordVisit(QualityMarksDb db, IPrivateFiles files, TimeProvider clock)
{
    public const string Purpose = "quality-marks.inspection";

    public static bool MayRecord(CurrentActor actor) => actor.IsInspector || actor.IsAssociationAdmin;

    /// <summary>The visit with its application and the scheme version it is judged against.</summary>
    public async Task<(Inspection Visit, MarkApplication Application, MarkSchemeVersion? Version)?> LoadAsync(InspectionId id, CancellationToken ct)
    {
        if (await db.Inspections.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } visit) return null;
        var application = await db.Applications.AsNoTracking().FirstAsync(a => a.Id == visit.ApplicationId, ct);
        var version = await db.SchemeVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.SchemeId == application.SchemeId && v.Version == application.SchemeVersion, ct);
        return (visit, application, version);
    }

    public async Task<Result<IReadOnlyList<Guid>>> AddPhotosAsync(InspectionId id, IReadOnlyList<IFormFile> uploads, CurrentActor actor, CancellationToken ct)
    {
        if (!MayRecord(actor)) return Error.Forbidden("Only inspectors and the association's admin record visits.");
        if (await db.Inspections.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } visit) return Error.NotFound("inspection");
        if (!visit.IsPending) return Error.Conflict("inspection_state", "Photos can only be added before the visit is recorded.");
        if (visit.PhotoFileIds.Count + uploads.Count > Inspection.MaxPhotos)
            return Error.Validation("file", $"A visit holds at most {Inspection.MaxPhotos} photos.");
        var now = clock.GetUtcNow();
        var kept = new List<Guid>();
        var refused = new List<string>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            var stored = await files.StoreAsync(Purpose, upload.FileName, stream, ct);
            if (stored.IsFailure) { refused.Add($"{upload.FileName}: {stored.Error!.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? stored.Error.Message}"); continue; }
            if (stored.Value!.Kind != StoredFileKind.Photo)
            {
                await files.DeleteAsync(stored.Value.Id, ct);
                refused.Add($"{upload.FileName}: Only photos are taken for a visit.");
                continue;
            }
            kept.Add(stored.Value.Id.Value);
            db.Record(now, ApplicationAccess.Who(actor), "inspection", visit.Id.Value, "photo-added", $"{stored.Value.Id} sha256 {stored.Value.Sha256}");
        }
        if (kept.Count > 0)
        {
            var added = visit.AddPhotos(kept);
            if (added.IsFailure) return added.Error!;
            await db.SaveChangesAsync(ct);
        }
        return refused.Count == 0 ? kept : Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [.. refused] });
    }

    public async Task<Result<Inspection>> RecordAsync(InspectionId id, VisitRecord record, CurrentActor actor, CancellationToken ct)
    {
        if (!MayRecord(actor)) return Error.Forbidden("Only inspectors and the association's admin record visits.");
        if (await LoadAsync(id, ct) is not { } loaded) return Error.NotFound("inspection");
        var (visit, application, version) = loaded;
        if (application.Status != ApplicationStatus.Inspecting)
            return Error.Conflict("application_state", "The application is no longer being inspected.");
        if (version is null) return Error.Conflict("scheme_version_missing", "The scheme version this application was made under is missing.");
        var now = clock.GetUtcNow();
        var recorded = visit.Record(record, version, ApplicationAccess.Who(actor), now);
        if (recorded.IsFailure) return recorded.Error!;
        db.Record(now, ApplicationAccess.Who(actor), "inspection", visit.Id.Value, "recorded",
            $"{visit.Outcome}; sample {visit.SampleSize}; {visit.Findings.Count(f => f.Met)}/{version.Criteria.Count} criteria met; " +
            $"{visit.Defects.Sum(d => d.Count)} defect(s)");
        await db.SaveChangesAsync(ct);
        return visit;
    }

    /// <summary>A visit's photo, for staff only; anything else reads as not found.</summary>
    public async Task<FileContent?> OpenPhotoAsync(InspectionId id, Guid fileId, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return null;
        var visit = await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return visit is not null && visit.PhotoFileIds.Contains(fileId) ? await files.OpenAsync(new FileId(fileId), ct) : null;
    }
}
