using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Applications;

internal sealed record RejectApplicationRequest(string? Reason);

/// <summary>
/// Submit (the member, or staff for it), withdraw (the member), reject (staff, with a reason the
/// member reads). A closed application's pending visits are called off with it.
/// </summary>
internal sealed class ApplicationActions(QualityMarksDb db, ApplicationAccess access, TimeProvider clock)
{
    public Task<Result<MarkApplication>> SubmitAsync(MarkApplicationId id, CurrentActor actor, CancellationToken ct) =>
        Act(id, actor, "submitted", null, (a, now) => a.Submit(now), ct);

    public Task<Result<MarkApplication>> WithdrawAsync(MarkApplicationId id, CurrentActor actor, CancellationToken ct) =>
        // Withdrawing is the household's own decision; staff reject instead.
        actor.IsProducer
            ? Act(id, actor, "withdrawn", null, (a, now) => a.Withdraw(now), ct)
            : Task.FromResult<Result<MarkApplication>>(Error.Forbidden("Only the member withdraws its application; staff reject it with a reason."));

    public Task<Result<MarkApplication>> RejectAsync(MarkApplicationId id, string? reason, CurrentActor actor, CancellationToken ct) =>
        actor.IsStaff
            ? Act(id, actor, "rejected", reason?.Trim(), (a, now) => a.Reject(reason, now), ct)
            : Task.FromResult<Result<MarkApplication>>(Error.Forbidden("Only the association's staff reject applications."));

    private async Task<Result<MarkApplication>> Act(MarkApplicationId id, CurrentActor actor, string action, string? detail,
        Func<MarkApplication, DateTimeOffset, Result> change, CancellationToken ct)
    {
        if (await access.FindAsync(id, actor, ct) is not { } application) return Error.NotFound("application");
        // A producer who is not this application's member never gets here (not found above); one who is may act only as the member.
        if (!actor.IsStaff && !actor.IsProducer) return Error.Forbidden();
        var now = clock.GetUtcNow();
        var changed = change(application, now);
        if (changed.IsFailure) return changed.Error!;
        db.Record(now, ApplicationAccess.Who(actor), "application", application.Id.Value, action, detail);
        if (!application.IsOpen)
        {
            var pending = await db.Inspections.Where(i => i.ApplicationId == id && i.Outcome == InspectionOutcome.Pending && i.CancelledAt == null)
                .ToListAsync(ct);
            foreach (var visit in pending)
            {
                visit.Cancel(now);
                db.Record(now, ApplicationAccess.Who(actor), "inspection", visit.Id.Value, "cancelled", $"application {action}");
            }
        }
        await db.SaveChangesAsync(ct);
        return application;
    }
}
