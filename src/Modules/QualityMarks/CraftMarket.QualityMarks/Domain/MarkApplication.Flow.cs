using CraftMarket.SharedKernel.Results;

namespace CraftMarket.QualityMarks.Domain;

/// <summary>
/// How an application moves (ADR 0038): Draft → Submitted (by the member or staff for it) →
/// Inspecting (when the first visit is scheduled) → Granted (the certificates part) or Rejected
/// (staff, with a reason); the member may withdraw it while it is open. Evidence can be added while
/// it is open and removed only in Draft, so what staff were shown at submission stays on file.
/// </summary>
internal sealed partial class MarkApplication
{
    public const int ReasonMax = 1000;

    public bool IsOpen => Status is ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.Inspecting;

    public Result AddEvidence(IReadOnlyList<EvidenceItem> items)
    {
        if (!IsOpen) return Closed("Evidence can only be added while the application is open.");
        if (Evidence.Count + items.Count > MaxEvidence)
            return Error.Validation("file", $"An application holds at most {MaxEvidence} photos and documents.");
        Evidence = [.. Evidence, .. items];
        return Result.Ok();
    }

    public Result<EvidenceItem> RemoveEvidence(Guid fileId)
    {
        if (Evidence.FirstOrDefault(e => e.FileId == fileId) is not { } item) return Error.NotFound("evidence");
        if (Status != ApplicationStatus.Draft)
            return Error.Conflict("application_submitted", "Evidence can only be removed before the application is submitted.");
        Evidence = [.. Evidence.Where(e => e.FileId != fileId)];
        return item;
    }

    public Result Submit(DateTimeOffset now)
    {
        if (Status != ApplicationStatus.Draft) return Closed("Only a draft application can be submitted.");
        if (Evidence.Count == 0) return Error.Validation("evidence", "Add at least one photo or document before submitting.");
        Status = ApplicationStatus.Submitted;
        SubmittedAt = now;
        return Result.Ok();
    }

    public Result Withdraw(DateTimeOffset now)
    {
        if (!IsOpen) return Closed("This application is already closed.");
        Status = ApplicationStatus.Withdrawn;
        DecidedAt = now;
        return Result.Ok();
    }

    public Result Reject(string? reason, DateTimeOffset now)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length == 0) return Error.Validation("reason", "Say why the application is rejected: the member reads it.");
        if (text.Length > ReasonMax) return Error.Validation("reason", $"At most {ReasonMax} characters.");
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.Inspecting))
            return Closed("Only a submitted application can be rejected.");
        Status = ApplicationStatus.Rejected;
        DecisionNote = text;
        DecidedAt = now;
        return Result.Ok();
    }

    /// <summary>A visit is scheduled: a submitted application is now being inspected.</summary>
    public Result StartInspecting()
    {
        if (Status == ApplicationStatus.Submitted) Status = ApplicationStatus.Inspecting;
        return Status == ApplicationStatus.Inspecting ? Result.Ok() : Closed("Visits can only be scheduled for a submitted application.");
    }

    private static Error Closed(string message) => Error.Conflict("application_state", message);
}
