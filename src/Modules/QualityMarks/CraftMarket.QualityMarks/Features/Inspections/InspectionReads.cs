using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Inspections;

/// <summary>Which visits: "today" and "upcoming" (from today on, Vietnam's day) are those still to happen; "all" includes recorded and cancelled ones.</summary>
internal sealed record VisitFilter(Guid? ApplicationId = null, string? When = null, bool Mine = false);

/// <summary>Visits for the inspector's phone list and the application page, with the member's and mark's names.</summary>
internal sealed class InspectionReads(QualityMarksDb db, IMemberDirectory members, TimeProvider clock)
{
    public const int MaxRows = 200;

    public async Task<Result<IReadOnlyList<InspectionDto>>> ListAsync(VisitFilter filter, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return Error.Forbidden();
        var when = (filter.When ?? (filter.ApplicationId is null ? "upcoming" : "all")).ToLowerInvariant();
        if (when is not ("today" or "upcoming" or "all")) return Error.Validation("when", "One of today, upcoming, all.");

        var query = db.Inspections.AsNoTracking();
        if (filter.ApplicationId is { } application) query = query.Where(i => i.ApplicationId == new MarkApplicationId(application));
        if (filter.Mine)
        {
            var me = actor.UserId?.ToString();
            query = query.Where(i => i.InspectorUserId == null || i.InspectorUserId == me);
        }
        var today = RegistryClock.Today(clock.GetUtcNow());
        if (when != "all")
        {
            var from = RegistryClock.StartOf(today);
            query = query.Where(i => i.Outcome == InspectionOutcome.Pending && i.CancelledAt == null && i.ScheduledFor >= from);
            if (when == "today")
            {
                var end = RegistryClock.EndOf(today);
                query = query.Where(i => i.ScheduledFor < end);
            }
        }
        var rows = await query.OrderBy(i => i.ScheduledFor).Take(MaxRows).ToListAsync(ct);
        return Result.Ok(await DtosAsync(rows, ct));
    }

    public async Task<InspectionDto?> FindAsync(InspectionId id, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return null;
        var visit = await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return visit is null ? null : (await DtosAsync([visit], ct))[0];
    }

    public async Task<IReadOnlyList<InspectionDto>> DtosAsync(IReadOnlyList<Inspection> rows, CancellationToken ct)
    {
        var applicationIds = rows.Select(i => i.ApplicationId).Distinct().ToList();
        var applications = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id))
            .Select(a => new { a.Id, a.MemberId, a.SchemeId, a.Status }).ToDictionaryAsync(a => a.Id, ct);
        var schemeIds = applications.Values.Select(a => a.SchemeId).Distinct().ToList();
        var schemes = await db.Schemes.AsNoTracking().Where(s => schemeIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name.Vi, ct);
        var names = (await members.ListAsync(ct)).ToDictionary(m => m.Id, m => m.DisplayName);
        return [.. rows.Select(i => applications.TryGetValue(i.ApplicationId, out var a)
            ? InspectionDto.From(i, names.GetValueOrDefault(a.MemberId), schemes.GetValueOrDefault(a.SchemeId), a.Status.ToString())
            : InspectionDto.From(i))];
    }
}
