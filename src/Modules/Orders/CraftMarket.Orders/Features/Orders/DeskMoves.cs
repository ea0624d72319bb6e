using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Orders;

/// <summary>
/// The export desk's moves of an order, each through <see cref="OrderEvents.MoveTo"/> (the state
/// machine refuses a wrong move with a 409, the timeline and the buyer hear of a right one): start
/// production without the deposit, ship, deliver, close, cancel with the refund rules of ADR 0054,
/// and notes. Each checks the revision the caller saw (optional) and the database checks it again
/// on save, so of two desk members acting at once the second gets a 409 saying what happened.
/// </summary>
internal sealed class DeskMoves(OrdersDb db, TimeProvider clock)
{
    public const string StartProduction = "start-production", Ship = "ship", Deliver = "deliver", Close = "close", Cancel = "cancel";

    /// <summary>The desk's moves open for an order in its state (the page shows one form per move).</summary>
    public static IReadOnlyList<string> OpenFor(Order order) => order.State switch
    {
        OrderState.AwaitingDeposit => [StartProduction, Cancel],
        OrderState.ReadyToShip => [Ship],
        OrderState.Shipped => [Deliver],
        OrderState.Delivered => [Close],
        _ when OrderStateMachine.CanMove(order.State, OrderState.Cancelled) => [Cancel],
        _ => [],
    };

    public async Task<Result<OrderMoved>> StartProductionAsync(OrderId id, MoveInput input, CurrentActor actor, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, input.Revision, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var order = loaded.Value!;
        if (Required("reason", input.Reason, Order.TermsMax, "Say why production starts before the deposit (for example: a trusted buyer).") is { } invalid)
            return invalid;
        if (order.State != OrderState.AwaitingDeposit)
            return Error.Conflict("order.state", $"Only an order awaiting its deposit can start production early; this one is {order.State}.");
        var moved = db.MoveTo(order, OrderState.InProduction, actor.DisplayName, "Production started before the deposit", clock);
        if (moved.IsFailure) return moved.Error!;
        // The reason is the desk's judgement of the buyer: it stays off the buyer's timeline.
        db.Timeline(order, "desk-reason", actor.DisplayName, input.Reason!.Trim(), forBuyer: false, clock);
        return await SaveAsync(order, ct);
    }

    public async Task<Result<OrderMoved>> ShipAsync(OrderId id, ShipInput input, CurrentActor actor, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, input.Revision, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var order = loaded.Value!;
        if (Required("shipmentReference", input.ShipmentReference, Order.NameMax, "Give the bill of lading or tracking number.") is { } invalid)
            return invalid;
        var reference = input.ShipmentReference!.Trim();
        var moved = db.MoveTo(order, OrderState.Shipped, actor.DisplayName, $"Shipped: {reference}", clock);
        if (moved.IsFailure) return moved.Error!;
        order.ShipmentReference = reference;
        return await SaveAsync(order, ct);
    }

    public async Task<Result<OrderMoved>> DeliverAsync(OrderId id, MoveInput input, CurrentActor actor, CancellationToken ct) =>
        await SimpleMoveAsync(id, input, OrderState.Delivered, "Delivered to the buyer", actor, ct);

    public async Task<Result<OrderMoved>> CloseAsync(OrderId id, MoveInput input, CurrentActor actor, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, input.Revision, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var order = loaded.Value!;
        // Closing settles the order (the ledger shares the surplus on it): not while the buyer still owes.
        if (order.State == OrderState.Delivered && order.BalanceDue.IsPositive)
            return Error.Conflict("order.balance_due", $"The buyer still owes {order.BalanceDue}: record the balance before closing the order.");
        var moved = db.MoveTo(order, OrderState.Closed, actor.DisplayName, Note(input.Reason) ?? "Order closed", clock);
        if (moved.IsFailure) return moved.Error!;
        order.ClosedAt = clock.GetUtcNow();
        return await SaveAsync(order, ct);
    }

    public async Task<Result<OrderCancelled>> CancelAsync(OrderId id, MoveInput input, CurrentActor actor, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, input.Revision, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var order = loaded.Value!;
        if (Required("reason", input.Reason, Order.TermsMax, "Say why the order is cancelled: the buyer reads it.") is { } invalid) return invalid;
        var reason = input.Reason!.Trim();
        var before = order.State;
        var moved = db.MoveTo(order, OrderState.Cancelled, actor.DisplayName, reason, clock);
        if (moved.IsFailure) return moved.Error!;
        order.CancelReason = reason;

        var work = await db.WorkOrders.Where(w => w.OrderId == id).ToListAsync(ct);
        var payments = await db.Payments.Where(p => p.OrderId == id).ToListAsync(ct);
        var plan = CancellationRefunds.Plan(order, before, work, payments);
        var asked = new List<RefundAsked>();
        foreach (var (payment, amount) in plan.Refunds)
        {
            var refund = db.Request(order, payment, amount, $"Order cancelled: {reason}", clock);
            asked.Add(new RefundAsked(refund.Id.Value, payment.Id.Value, payment.Method, amount));
        }
        db.Timeline(order, "cancel-refunds", actor.DisplayName, plan.Retained.IsPositive
            ? $"{plan.Retained} of the deposit kept for the work made; {plan.Total} to be refunded"
            : $"{plan.Total} to be refunded", forBuyer: true, clock);

        var now = clock.GetUtcNow();
        var stopped = 0;
        foreach (var w in work.Where(CancellationRefunds.StopsOnCancel))
        {
            w.State = WorkOrderState.Cancelled;
            w.Touch(now);
            db.WorkOrderUpdates.Add(new WorkOrderUpdate(w.TenantId, w.Id, WorkOrderUpdateKind.Cancelled, actor.DisplayName, now) { Note = reason });
            db.WorkOrderChanged(w, clock);
            stopped++;
        }
        var saved = await SaveAsync(order, ct);
        if (saved.IsFailure) return saved.Error!;
        return new OrderCancelled(order.Id.Value, order.State, order.Revision, plan.Retained, plan.WorkValue, asked, stopped);
    }

    /// <summary>A note on the timeline: the buyer's (and the buyer is told) unless <see cref="NoteInput.Internal"/>.</summary>
    public async Task<Result<NoteAdded>> NoteAsync(OrderId id, NoteInput input, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Orders.FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order) return Error.NotFound("order");
        if (Required("text", input.Text, TimelineEntry.TextMax, "Write the note.") is { } invalid) return invalid;
        var forBuyer = input.Internal != true;
        var entry = db.Timeline(order, forBuyer ? "note" : "desk-note", actor.DisplayName, input.Text!.Trim(), forBuyer, clock);
        if (forBuyer) db.Changed(order, OrderChange.DeskNote, clock);
        await db.SaveChangesAsync(ct);
        return new NoteAdded(order.Id.Value, entry.Kind, entry.ForBuyer, entry.At);
    }

    private async Task<Result<OrderMoved>> SimpleMoveAsync(OrderId id, MoveInput input, OrderState to, string defaultNote, CurrentActor actor,
        CancellationToken ct)
    {
        var loaded = await LoadAsync(id, input.Revision, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var order = loaded.Value!;
        var moved = db.MoveTo(order, to, actor.DisplayName, Note(input.Reason) ?? defaultNote, clock);
        if (moved.IsFailure) return moved.Error!;
        return await SaveAsync(order, ct);
    }

    private async Task<Result<Order>> LoadAsync(OrderId id, int? seen, CancellationToken ct)
    {
        if (await db.Orders.FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order) return Error.NotFound("order");
        if (seen is { } revision && revision != order.Revision) return Changed(order);
        return order;
    }

    private static Error? Required(string field, string? value, int max, string message)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) return Error.Validation(field, message);
        return text.Length > max ? Error.Validation(field, $"Write at most {max} characters.") : null;
    }

    private static string? Note(string? text) => text?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, TimelineEntry.TextMax)] : null;

    private static Error Changed(Order order) => Error.Conflict("order.changed",
        $"Someone changed order {order.Number} since you opened it (now {order.State}). Reload it and try again.");

    /// <summary>Saves; the loser of a race is told the order's state now, read fresh.</summary>
    private async Task<Result<OrderMoved>> SaveAsync(Order order, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new OrderMoved(order.Id.Value, order.State, order.Revision);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == order.Id, ct);
            return now is null ? Error.NotFound("order") : Changed(now);
        }
    }
}
