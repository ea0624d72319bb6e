using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Features.WorkOrders;
using CraftMarket.Orders.Pages.WorkOrders;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.DeskWork;

/// <summary>
/// The desk's view of an order's work at a glance (Vietnamese for the desk): every household's work
/// order, late ones first, with what was finished and accepted, problems and delays the households
/// reported and a button to clear them once dealt with; links to each lot's inspection page.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(WorkOrderReads reads, ClearProblem clear, WorkOrderPhotos photos, ModuleText<OrdersText> t) : PageModel
{
    public OrderWorkDto Work { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (done == "cleared") Done = t["The problem was marked as dealt with."];
        return Page();
    }

    public async Task<IActionResult> OnPostClearAsync(Guid id, Guid work, CancellationToken ct)
    {
        if (!await Load(id, ct) || Work.WorkOrders.All(w => w.Id != work)) return NotFound();
        var result = await clear.Handle(new WorkOrderId(work), Note, HttpContext.Actor(), ct);
        if (result.IsSuccess) return Redirect($"~/admin/orders/{id}/work-orders?done=cleared");
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        await Load(id, ct);
        Errors = WorkOrderWords.Of(result.Error, t, Ui.Language);
        Response.StatusCode = result.Error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>A household's photo of one of this order's work orders (cookie sign-in), for the desk and inspectors.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid id, Guid work, Guid photo, CancellationToken ct) =>
        await photos.OpenAsync(new WorkOrderId(work), photo, HttpContext.Actor(), ct) is { } file && await BelongsAsync(id, work, ct)
            ? new ResultAdapter(WorkOrderPhotos.Serve(file, HttpContext)) : NotFound();

    private async Task<bool> BelongsAsync(Guid order, Guid work, CancellationToken ct) =>
        await reads.OrderOfAsync(new WorkOrderId(work), ct) is { } owner && owner.Value == order;

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        var found = await reads.ForOrderAsync(new OrderId(id), HttpContext.Actor(), ct);
        if (found.IsFailure) return false;
        Work = found.Value!;
        return true;
    }
}
