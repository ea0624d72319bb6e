using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Features.Orders;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Desk;

/// <summary>
/// One order for the export desk: money, lines, the whole timeline (desk-only lines marked), refunds
/// asked, a form for each move open now and a note form, each form carrying the revision shown; links
/// to the payments, work orders, packing, documents and ledger pages.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class OrderModel(OrderReads reads, DeskMoves moves, ModuleText<OrdersText> t) : PageModel
{
    public OrderDto Order { get; private set; } = null!;
    public IReadOnlyList<RefundRow> Refunds { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!HttpContext.Actor().IsDesk()) return Forbid();
        if (!await Load(id, ct)) return NotFound();
        Done = done switch
        {
            "moved" => t["The order was moved. The buyer sees it on the order's timeline."],
            "cancelled" => t["The order was cancelled; the refunds below were asked for."],
            "noted" => t["The note was saved on the timeline."],
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostStartProductionAsync(Guid id, string? reason, int revision, CancellationToken ct) =>
        After(id, async () => (Result)await moves.StartProductionAsync(new OrderId(id), new MoveInput(reason, revision), HttpContext.Actor(), ct), "moved", ct);

    public Task<IActionResult> OnPostShipAsync(Guid id, string? shipmentReference, int revision, CancellationToken ct) =>
        After(id, async () => (Result)await moves.ShipAsync(new OrderId(id), new ShipInput(shipmentReference, revision), HttpContext.Actor(), ct), "moved", ct);

    public Task<IActionResult> OnPostDeliverAsync(Guid id, string? reason, int revision, CancellationToken ct) =>
        After(id, async () => (Result)await moves.DeliverAsync(new OrderId(id), new MoveInput(reason, revision), HttpContext.Actor(), ct), "moved", ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, int revision, CancellationToken ct) =>
        After(id, async () => (Result)await moves.CloseAsync(new OrderId(id), new MoveInput(null, revision), HttpContext.Actor(), ct), "moved", ct);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, string? reason, int revision, CancellationToken ct) =>
        await After(id, async () => (Result)await moves.CancelAsync(new OrderId(id), new MoveInput(reason, revision), HttpContext.Actor(), ct), "cancelled", ct);

    public async Task<IActionResult> OnPostNoteAsync(Guid id, string? text, bool isInternal, CancellationToken ct) =>
        await After(id, async () => (Result)await moves.NoteAsync(new OrderId(id), new NoteInput(text, isInternal), HttpContext.Actor(), ct), "noted", ct);

    private async Task<IActionResult> After(Guid id, Func<Task<Result>> act, string done, CancellationToken ct)
    {
        if (!HttpContext.Actor().IsDesk()) return Forbid();
        var result = await act();
        if (result.IsSuccess) return Redirect($"~/admin/orders/{id}?done={done}#top");
        if (result.Error!.Kind == ErrorKind.NotFound || !await Load(id, ct)) return NotFound();
        ModelState.Clear();
        var error = result.Error;
        if (error.Code == "order.changed")
            ModelState.AddModelError("", t["Someone else changed this order since you opened it. It is shown as it is now: check it and try again."]);
        else if (error.Code == "order.balance_due")
            ModelState.AddModelError("", t["The buyer still owes part of the balance: record it before closing the order."]);
        else if (error.Kind == ErrorKind.Conflict)
            ModelState.AddModelError("", t["This move is not possible in the order's present state."]);
        else
            foreach (var message in error.Fields?.Values.SelectMany(m => m) ?? [error.Message]) ModelState.AddModelError("", t[message]);
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var found = await reads.FindAsync(new OrderId(id), HttpContext.Actor(), ct);
        if (found.IsFailure) return false;
        Order = found.Value!;
        Refunds = await reads.RefundsAsync(new OrderId(id), ct);
        return true;
    }
}
