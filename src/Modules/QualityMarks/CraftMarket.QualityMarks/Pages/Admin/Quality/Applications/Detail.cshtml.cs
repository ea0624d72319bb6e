using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.QualityMarks.Features.Inspections;
using CraftMarket.QualityMarks.Pages.Account.Quality;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Applications;

/// <summary>
/// One application for staff on a phone: evidence, visits (schedule, move, cancel, record), reject
/// with a reason, and once the latest visit passed, the way to the certificates part's grant page.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class DetailModel(ApplicationReads reads, InspectionReads visits, EvidenceFiles evidence, RecordVisit record, ScheduleVisit schedule,
    ApplicationActions actions, HouseholdQuality household, ModuleText<QualityMarksText> t) : PageModel
{
    public ApplicationDto Application { get; private set; } = null!;
    public IReadOnlyList<InspectionDto> Visits { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> ProductNames { get; private set; } = new Dictionary<Guid, string>();
    public string? Done { get; private set; }

    public bool IsOpenForVisits => Application.Status is "Submitted" or "Inspecting";

    /// <summary>The certificate is granted on a passed visit: the latest recorded one.</summary>
    public bool MayGrant => Application.Status == "Inspecting"
        && Visits.Where(v => v.PerformedAt is not null).OrderBy(v => v.PerformedAt).LastOrDefault()?.Outcome == "Passed";

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Done = done switch
        {
            "scheduled" => t["The visit is scheduled; the member is told by text message."],
            "rescheduled" => t["The visit is moved; the member is told by text message."],
            "cancelled" => t["The visit is cancelled; the member is told by text message."],
            "rejected" => t["The application is rejected."],
            "recorded" => t["The visit is recorded."],
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid file, CancellationToken ct) =>
        await evidence.OpenAsync(new MarkApplicationId(id), file, HttpContext.Actor(), ct) is { } content
            ? new ResultAdapter(EvidenceFiles.Serve(content, HttpContext)) : NotFound();

    public async Task<IActionResult> OnGetPhotoAsync(Guid id, Guid visit, Guid file, CancellationToken ct)
    {
        if (!await Load(id, ct) || Visits.All(v => v.Id != visit)) return NotFound();
        return await record.OpenPhotoAsync(new InspectionId(visit), file, HttpContext.Actor(), ct) is { } content
            ? new ResultAdapter(EvidenceFiles.Serve(content, HttpContext)) : NotFound();
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id, string? scheduledFor, bool assignToMe, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        return await After(id, await schedule.ScheduleAsync(new ScheduleVisitRequest(id, scheduledFor, assignToMe ? actor.UserId : null), actor, ct),
            "scheduled", ct);
    }

    public async Task<IActionResult> OnPostRescheduleAsync(Guid id, Guid visit, string? scheduledFor, CancellationToken ct) =>
        await After(id, await OnThis(id, visit, ct) ?? await schedule.RescheduleAsync(new InspectionId(visit),
            new RescheduleVisitRequest(scheduledFor, null), HttpContext.Actor(), ct), "rescheduled", ct);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, Guid visit, CancellationToken ct) =>
        await After(id, await OnThis(id, visit, ct) ?? await schedule.CancelAsync(new InspectionId(visit), HttpContext.Actor(), ct), "cancelled", ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? reason, CancellationToken ct) =>
        await After(id, await actions.RejectAsync(new MarkApplicationId(id), reason, HttpContext.Actor(), ct), "rejected", ct);

    /// <summary>A visit's form posts under its application's address: a visit of another application is not found here.</summary>
    private async Task<Result?> OnThis(Guid id, Guid visit, CancellationToken ct) =>
        await Load(id, ct) && Visits.Any(v => v.Id == visit) ? null : Result.NotFound("inspection");

    private async Task<IActionResult> After(Guid id, Result result, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Redirect($"~/admin/quality/applications/{id}?done={done}");
        if (!await Load(id, ct)) return NotFound();
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        ModelState.Clear();
        ModelState.AddErrors(Vietnamese.InPageLanguage(result.Error!, t), inputOf: _ => "");
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (await reads.FindAsync(new MarkApplicationId(id), actor, ct) is not { } found) return false;
        Application = found;
        Visits = (await visits.ListAsync(new VisitFilter(id, "all"), actor, ct)).Value ?? [];
        ProductNames = await household.ProductNamesAsync(found.ProductIds, ct);
        return true;
    }
}
