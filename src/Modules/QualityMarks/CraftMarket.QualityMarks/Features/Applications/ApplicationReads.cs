using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>Filters of the staff list; a producer's list is always its own member's.</summary>
internal sealed record ApplicationFilter(string? Status = null, Guid? SchemeId = null, Guid? MemberId = null, int Page = 1, int PageSize = 50);

/// <summary>Applications as lists and pages show them, with the scheme's and member's names and the next visit.</summary>
internal sealed class ApplicationReads(QualityMarksDb db, IMemberDirectory members, ApplicationAccess access)
{
    public async Task<Result<ApplicationPage>> ListAsync(ApplicationFilter filter, CurrentActor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Paging.Check(filter.Page, filter.PageSize, errors);
        ApplicationStatus? status = null;
        if (filter.Status is { Length: > 0 } s)
        {
            if (Enum.TryParse<ApplicationStatus>(s, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) status = parsed;
            else errors["status"] = [$"One of {string.Join(", ", Enum.GetNames<ApplicationStatus>())}."];
        }
        if (errors.Count > 0) return Error.Validation(errors);

        var query = db.Applications.AsNoTracking();
        if (!actor.IsStaff)
        {
            if (!actor.IsProducerFor(out var own)) return Error.Forbidden();
            query = query.Where(a => a.MemberId == own);
        }
        else if (filter.MemberId is { } member) query = query.Where(a => a.MemberId == new MemberId(member));
        if (status is { } st) query = query.Where(a => a.Status == st);
        if (filter.SchemeId is { } scheme) query = query.Where(a => a.SchemeId == new MarkSchemeId(scheme));

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.CreatedAt)
            .Skip(Paging.Skip(filter.Page, filter.PageSize)).Take(filter.PageSize).ToListAsync(ct);
        return new ApplicationPage(await DtosAsync(rows, actor, ct), total, filter.Page, filter.PageSize);
    }

    public async Task<ApplicationDto?> FindAsync(MarkApplicationId id, CurrentActor actor, CancellationToken ct) =>
        await access.FindAsync(id, actor, ct) is { } application ? await DtoAsync(application, actor, ct) : null;

    public async Task<ApplicationDto> DtoAsync(MarkApplication application, CurrentActor actor, CancellationToken ct) =>
        (await DtosAsync([application], actor, ct))[0];

    private async Task<IReadOnlyList<ApplicationDto>> DtosAsync(IReadOnlyList<MarkApplication> rows, CurrentActor actor, CancellationToken ct)
    {
        var schemeIds = rows.Select(a => a.SchemeId).Distinct().ToList();
        var schemes = await db.Schemes.AsNoTracking().Where(s => schemeIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name.Vi, ct);
        var ids = rows.Select(a => a.Id).ToList();
        var visits = (await db.Inspections.AsNoTracking()
                .Where(i => ids.Contains(i.ApplicationId) && i.Outcome == InspectionOutcome.Pending && i.CancelledAt == null && i.ScheduledFor != null)
                .Select(i => new { i.ApplicationId, i.ScheduledFor }).ToListAsync(ct))
            .GroupBy(i => i.ApplicationId).ToDictionary(g => g.Key, g => g.Min(i => i.ScheduledFor));
        // Members' names for staff only: a household's own list needs none.
        var names = actor.IsStaff
            ? (await members.ListAsync(ct)).ToDictionary(m => m.Id, m => m.DisplayName)
            : new Dictionary<MemberId, string>();
        return [.. rows.Select(a => ApplicationDto.From(a, schemes.GetValueOrDefault(a.SchemeId) ?? "",
            names.GetValueOrDefault(a.MemberId), visits.GetValueOrDefault(a.Id)))];
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/", async (string? status, Guid? schemeId, Guid? memberId, int? page, int? pageSize, CurrentActor actor,
                ApplicationReads reads, CancellationToken ct) =>
                (await reads.ListAsync(new ApplicationFilter(status, schemeId, memberId, page ?? 1, pageSize ?? 50), actor, ct)).ToHttp())
            .WithName("ListMarkApplications")
            .WithSummary("Staff: every application of the association, filtered by status, scheme or member. A producer: its own.")
            .Produces<ApplicationPage>()
            .ProducesValidationProblem();

        api.MapGet("/{id:guid}", async (Guid id, CurrentActor actor, ApplicationReads reads, CancellationToken ct) =>
                await reads.FindAsync(new MarkApplicationId(id), actor, ct) is { } dto
                    ? TypedResults.Ok(dto) : Error.NotFound("application").ToProblem())
            .WithName("GetMarkApplication")
            .WithSummary("One application with its evidence list and next visit (staff, or the member it is for).")
            .Produces<ApplicationDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
