using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Features;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Features.Inspections;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Pages.Inspections;

internal sealed class DefectField
{
    public string Type { get; set; } = "";
    public int? Count { get; set; }
}

/// <summary>
/// One lot on the inspector's phone, without script: the plan in plain words, one number per defect
/// type, photos from the camera, the outcome as buttons. The form is checked before any photo is
/// stored, then the photos, then the inspection: the same rules as the API (<see cref="InspectLot"/>).
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
[PhotoUploadLimit]
internal sealed class LotModel(InspectLot inspect, InspectionPhotos photos, InspectionReads reads, OrdersDb db, IMemberDirectory members) : PageModel
{
    [BindProperty] public int? LotSize { get; set; }
    [BindProperty] public int? SampleInspected { get; set; }
    [BindProperty] public List<DefectField> Defects { get; set; } = [];
    [BindProperty] public string? Outcome { get; set; }
    /// <summary>When the lot is accepted: how many of the defective pieces are discarded (the rest go to rework).</summary>
    [BindProperty] public int? Rejected { get; set; }
    [BindProperty] public string? Note { get; set; }

    public LotContext Lot { get; private set; } = null!;
    public SamplingPlan? Plan { get; private set; }
    public string Household { get; private set; } = "";
    public string OrderNumber { get; private set; } = "";
    public IReadOnlyList<InspectionDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid workOrderId, int? lot, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (!await Load(workOrderId, lot, ct)) return NotFound();
        LotSize = Plan?.LotSize;
        SampleInspected = Plan?.SampleSize;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid workOrderId, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!await Load(workOrderId, LotSize, ct)) return NotFound();
        if (!InspectLot.MayInspect(actor)) return Forbid();
        var id = new WorkOrderId(workOrderId);
        var checkedForm = await inspect.CheckAsync(id, ToRequest(photoIds: []), actor, ct);
        if (checkedForm.IsFailure) return Problem(checkedForm.Error!);

        IReadOnlyList<Guid> photoIds = [];
        var files = Request.HasFormContentType ? InspectionPhotos.Chosen(Request.Form.Files.GetFiles("photos")) : [];
        if (files.Count > PhotoUploads.MaxFilesPerRequest)
            return Problem(Error.Validation("file", $"At most {PhotoUploads.MaxFilesPerRequest} photos at once."));
        if (files.Count > 0)
        {
            var stored = await photos.AddAsync(id, files, actor, ct);
            if (stored.IsFailure) return Problem(stored.Error!);
            photoIds = stored.Value!;
        }
        var done = await inspect.InspectAsync(id, ToRequest(photoIds), actor, ct);
        if (done.IsFailure) return done.Error!.Kind == ErrorKind.Forbidden ? Forbid() : Problem(done.Error!);
        return Redirect($"~/admin/inspections?done={workOrderId}");
    }

    /// <summary>A photo of one of this lot's inspections, through the page (cookie sign-in; /api is bearer-only).</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid workOrderId, Guid fileId, CancellationToken ct)
    {
        if (await photos.OpenAsync(new WorkOrderId(workOrderId), fileId, HttpContext.Actor(), ct) is not { } file) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Content-Type-Options"] = "nosniff";
        return File(file.Content, file.File.ContentType);
    }

    private InspectLotRequest ToRequest(IReadOnlyList<Guid> photoIds) => new(
        LotSize, SampleInspected, [.. Defects.Where(d => d.Count is not null).Select(d => new DefectInput(d.Type, d.Count))], Outcome,
        Accepted: null, Rework: null,
        Rejected: string.Equals(Outcome, nameof(InspectionOutcome.Accepted), StringComparison.OrdinalIgnoreCase) ? Rejected ?? 0 : null,
        photoIds, Note);

    private PageResult Problem(Error error)
    {
        ModelState.Clear();
        foreach (var message in InspectionErrors.Vietnamese(error, Plan, Defects.Where(d => d.Count is not null).Sum(d => d.Count ?? 0)))
            ModelState.AddModelError("", message);
        return Page();
    }

    private async Task<bool> Load(Guid workOrderId, int? lotSize, CancellationToken ct)
    {
        var id = new WorkOrderId(workOrderId);
        if (await inspect.LoadAsync(id, ct) is not { } lot) return false;
        Lot = lot;
        Plan = lot.Plan(lotSize);
        Household = (await members.FindAsync(lot.Work.MemberId, ct))?.DisplayName ?? "";
        OrderNumber = await db.Orders.AsNoTracking().Where(o => o.Id == lot.Work.OrderId).Select(o => o.Number).FirstOrDefaultAsync(ct) ?? "";
        History = await reads.ListAsync(id, HttpContext.Actor(), ct) ?? [];
        if (Defects.Count == 0) Defects = [.. lot.Types.Select(t => new DefectField { Type = t.Key })];
        return true;
    }
}
