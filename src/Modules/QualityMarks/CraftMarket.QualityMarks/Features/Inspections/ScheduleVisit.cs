using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Inspections;

/// <summary>When (Vietnam time unless the text carries an offset) and, optionally, which inspector.</summary>
internal sealed record ScheduleVisitRequest(Guid? ApplicationId, string? ScheduledFor, Guid? InspectorUserId);

internal sealed record RescheduleVisitRequest(string? ScheduledFor, Guid? InspectorUserId);

/// <summary>
/// Staff schedule, move and call off visits. Each change and the member's text (an outbox
/// <see cref="VisitNotice"/>) commit together; scheduling moves a submitted application to Inspecting.
/// </summary>
internal sealed class ScheduleVisit(QualityMarksDb db, TimeProvider clock)
{
    /// <summary>A visit may be booked a few minutes late (typed on the doorstep) and up to a year ahead.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(366);

    public async Task<Result<Inspection>> ScheduleAsync(ScheduleVisitRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return Error.Forbidden();
        if (request.ApplicationId is not { } applicationId) return Error.Validation("applicationId", "Name the application to inspect.");
        var now = clock.GetUtcNow();
        var when = When(request.ScheduledFor, now);
        if (when.IsFailure) return when.Error!;
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == new MarkApplicationId(applicationId), ct);
        if (application is null) return Error.NotFound("application");
        var inspecting = application.StartInspecting();
        if (inspecting.IsFailure) return inspecting.Error!;

        var visit = new Inspection(InspectionId.New(), db.Tenant, application.Id, when.Value, request.InspectorUserId?.ToString(), now);
        db.Inspections.Add(visit);
        var who = ApplicationAccess.Who(actor);
        db.Record(now, who, "inspection", visit.Id.Value, "scheduled", $"application {application.Id} at {when.Value:O}");
        db.Record(now, who, "application", application.Id.Value, "visit-scheduled", $"inspection {visit.Id}; status {application.Status}");
        await Notify(visit, application, VisitNoticeKind.Scheduled, ct);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    public async Task<Result<Inspection>> RescheduleAsync(InspectionId id, RescheduleVisitRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return Error.Forbidden();
        if (await db.Inspections.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } visit) return Error.NotFound("inspection");
        var now = clock.GetUtcNow();
        var when = When(request.ScheduledFor, now);
        if (when.IsFailure) return when.Error!;
        var before = visit.ScheduledFor;
        var moved = visit.Reschedule(when.Value, request.InspectorUserId?.ToString());
        if (moved.IsFailure) return moved.Error!;
        db.Record(now, ApplicationAccess.Who(actor), "inspection", visit.Id.Value, "rescheduled", $"from {before:O} to {when.Value:O}");
        var application = await db.Applications.AsNoTracking().FirstAsync(a => a.Id == visit.ApplicationId, ct);
        await Notify(visit, application, VisitNoticeKind.Rescheduled, ct);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    public async Task<Result<Inspection>> CancelAsync(InspectionId id, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return Error.Forbidden();
        if (await db.Inspections.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } visit) return Error.NotFound("inspection");
        var now = clock.GetUtcNow();
        var cancelled = visit.Cancel(now);
        if (cancelled.IsFailure) return cancelled.Error!;
        db.Record(now, ApplicationAccess.Who(actor), "inspection", visit.Id.Value, "cancelled", null);
        var application = await db.Applications.AsNoTracking().FirstAsync(a => a.Id == visit.ApplicationId, ct);
        await Notify(visit, application, VisitNoticeKind.Cancelled, ct);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    private static Result<DateTimeOffset> When(string? text, DateTimeOffset now)
    {
        if (VietnamTime.Parse(text) is not { } when)
            return Error.Validation("scheduledFor", "Give the visit's date and time, e.g. 2026-12-10T09:00 (Vietnam time).");
        if (when < now - Slack) return Error.Validation("scheduledFor", "The visit's time is in the past.");
        if (when > now + Horizon) return Error.Validation("scheduledFor", "Schedule visits at most a year ahead.");
        return when;
    }

    private async Task Notify(Inspection visit, MarkApplication application, VisitNoticeKind kind, CancellationToken ct)
    {
        var scheme = await db.Schemes.AsNoTracking().Where(s => s.Id == application.SchemeId).Select(s => s.Name.Vi).FirstOrDefaultAsync(ct);
        db.Outbox.Add(new VisitNotice(Guid.CreateVersion7(), db.Tenant, visit.Id, application.MemberId, kind, visit.ScheduledFor!.Value,
            scheme ?? ""), clock);
    }
}
