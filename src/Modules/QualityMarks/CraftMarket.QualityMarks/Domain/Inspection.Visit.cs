using CraftMarket.SharedKernel.Results;

namespace CraftMarket.QualityMarks.Domain;

/// <summary>
/// A visit's life: scheduled (the member is texted), rescheduled or cancelled (texted again), then
/// recorded once. A recorded visit is never edited: a failed one is followed by a new visit.
/// </summary>
internal sealed partial class Inspection
{
    public const int MaxPhotos = 60;

    /// <summary>When staff called the visit off; a cancelled visit is kept for the record.</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Photos uploaded for this visit (Media private files); findings may cite only these.</summary>
    public List<Guid> PhotoFileIds { get; set; } = [];

    public bool IsCancelled => CancelledAt is not null;

    public bool IsRecorded => Outcome != InspectionOutcome.Pending;

    /// <summary>Still to happen: neither recorded nor cancelled.</summary>
    public bool IsPending => !IsRecorded && !IsCancelled;

    public Result Reschedule(DateTimeOffset when, string? inspectorUserId)
    {
        if (!IsPending) return NotPending();
        ScheduledFor = when;
        if (inspectorUserId is not null) InspectorUserId = inspectorUserId;
        return Result.Ok();
    }

    public Result Cancel(DateTimeOffset now)
    {
        if (!IsPending) return NotPending();
        CancelledAt = now;
        return Result.Ok();
    }

    public Result AddPhotos(IReadOnlyList<Guid> fileIds)
    {
        if (!IsPending) return NotPending();
        if (PhotoFileIds.Count + fileIds.Count > MaxPhotos) return Error.Validation("file", $"A visit holds at most {MaxPhotos} photos.");
        PhotoFileIds = [.. PhotoFileIds, .. fileIds];
        return Result.Ok();
    }

    public Result Record(VisitRecord visit, MarkSchemeVersion version, string inspector, DateTimeOffset now)
    {
        if (!IsPending) return NotPending();
        var checkedVisit = VisitRules.Check(visit, version, PhotoFileIds);
        if (checkedVisit.IsFailure) return checkedVisit;
        Findings = [.. visit.Findings];
        Defects = [.. visit.Defects];
        SampleSize = visit.SampleSize;
        Outcome = visit.Outcome;
        Notes = visit.Notes.Trim();
        PerformedAt = now;
        InspectorUserId ??= inspector;
        return Result.Ok();
    }

    private Error NotPending() => Error.Conflict("inspection_state",
        IsCancelled ? "This visit was cancelled." : "This visit is already recorded; schedule a new visit instead.");
}

/// <summary>What the inspector found on a visit, as entered on the phone.</summary>
internal sealed record VisitRecord(IReadOnlyList<CriterionFinding> Findings, IReadOnlyList<DefectCount> Defects, int SampleSize,
    InspectionOutcome Outcome, string Notes);
