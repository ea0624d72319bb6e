using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Orders.Features.Orders;

/// <summary>
/// Orders over HTTP: one order and its timeline (its buyer or the desk; anyone else is told it does
/// not exist), the desk's list, a buyer's own, and the desk's moves.
/// </summary>
internal static class OrderEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/orders").WithTags("Orders")
            .RequireActor(ActorRequirement.InAssociation).RequireActor(ActorRequirement.SignedIn);

        read.MapGet("/{id:guid}", async (Guid id, CurrentActor actor, OrderReads reads, CancellationToken ct) =>
                (await reads.FindAsync(new OrderId(id), actor, ct)).ToHttp())
            .WithName("GetOrder")
            .WithSummary("One order: state, money in the contract currency (total, paid, deposit, deposit due, balance due), lines, seller, terms, " +
                "buyer, timeline (the buyer reads its own lines only), and for the desk the next states and the moves open now. " +
                "Its buyer or the export desk; anyone else gets 404.")
            .Produces<OrderDto>().ProducesProblem(StatusCodes.Status404NotFound);

        read.MapGet("/{id:guid}/timeline", async (Guid id, CurrentActor actor, OrderReads reads, CancellationToken ct) =>
                (await reads.TimelineAsync(new OrderId(id), actor, ct)).ToHttp())
            .WithName("GetOrderTimeline")
            .WithSummary("The order's timeline, oldest first; the buyer reads the lines meant for it only.")
            .Produces<IReadOnlyList<TimelineDto>>().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/orders/mine", async (int? page, int? pageSize, CurrentActor actor, OrderReads reads, CancellationToken ct) =>
            {
                var (p, size) = (page ?? 1, pageSize ?? OrderListFilter.DefaultPageSize);
                if (Paging.Check(p, size) is { } invalid) return invalid.ToProblem();
                return TypedResults.Ok(await reads.MineAsync(actor, p, size, ct));
            })
            .WithTags("Orders")
            .RequireActor(ActorRequirement.InAssociation).RequireActor(ActorRequirement.Buyer)
            .WithName("ListMyOrders")
            .WithSummary("The signed-in buyer's orders with this association, newest first (page, pageSize).")
            .Produces<PagedList<OrderRow>>().ProducesValidationProblem();

        var desk = app.MapGroup("/api/orders").WithTags("Orders: export desk").RequireActor(OrderAccess.Desk);

        desk.MapGet("/", async ([AsParameters] OrderListRequest request, OrderReads reads, CancellationToken ct) =>
            {
                var filter = OrderListFilter.Parse(request);
                return filter.IsFailure ? filter.Error!.ToProblem() : TypedResults.Ok(await reads.ListAsync(filter.Value!, ct));
            })
            .WithName("ListOrders")
            .WithSummary("The association's orders, newest first: state (a state name, open = not closed nor cancelled, or all), " +
                "q (order or inquiry number, buyer, company), page, pageSize.")
            .Produces<PagedList<OrderRow>>().ProducesValidationProblem();

        desk.MapPost("/{id:guid}/start-production", async (Guid id, MoveInput input, CurrentActor actor, DeskMoves moves, CancellationToken ct) =>
                (await moves.StartProductionAsync(new OrderId(id), input, actor, ct)).ToHttp())
            .WithName("StartOrderProduction")
            .WithSummary("Start production before the deposit is in (reason required, e.g. a trusted buyer; kept off the buyer's timeline). " +
                "Only from AwaitingDeposit. Send the revision you saw: if the order changed meanwhile the answer is 409.")
            .Produces<OrderMoved>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        desk.MapPost("/{id:guid}/ship", async (Guid id, ShipInput input, CurrentActor actor, DeskMoves moves, CancellationToken ct) =>
                (await moves.ShipAsync(new OrderId(id), input, actor, ct)).ToHttp())
            .WithName("ShipOrder")
            .WithSummary("The goods left: shipmentReference (bill of lading or tracking number) required. Only from ReadyToShip.")
            .Produces<OrderMoved>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        desk.MapPost("/{id:guid}/deliver", async (Guid id, MoveInput? input, CurrentActor actor, DeskMoves moves, CancellationToken ct) =>
                (await moves.DeliverAsync(new OrderId(id), input ?? new MoveInput(), actor, ct)).ToHttp())
            .WithName("DeliverOrder")
            .WithSummary("The buyer received the goods (reason: an optional note). Only from Shipped.")
            .Produces<OrderMoved>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        desk.MapPost("/{id:guid}/close", async (Guid id, MoveInput? input, CurrentActor actor, DeskMoves moves, CancellationToken ct) =>
                (await moves.CloseAsync(new OrderId(id), input ?? new MoveInput(), actor, ct)).ToHttp())
            .WithName("CloseOrder")
            .WithSummary("Settle a delivered order (the ledger shares its surplus). Refused (409) while a balance is due.")
            .Produces<OrderMoved>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        desk.MapPost("/{id:guid}/cancel", async (Guid id, MoveInput input, CurrentActor actor, DeskMoves moves, CancellationToken ct) =>
                (await moves.CancelAsync(new OrderId(id), input, actor, ct)).ToHttp())
            .WithName("CancelOrder")
            .WithSummary("Cancel before shipment (reason required; the buyer reads it). Refunds by ADR 0054: every payment in full before production; " +
                "after, the deposit is kept up to the value of the work accepted or in hand and the rest refunded (card refunds go to Stripe, " +
                "bank refunds wait for the desk to record the transfer). Work orders not inspected yet are cancelled.")
            .Produces<OrderCancelled>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        desk.MapPost("/{id:guid}/notes", async (Guid id, NoteInput input, CurrentActor actor, DeskMoves moves, CancellationToken ct) =>
                (await moves.NoteAsync(new OrderId(id), input, actor, ct)).ToCreated(_ => $"/api/orders/{id}/timeline"))
            .WithName("AddOrderNote")
            .WithSummary("A note on the order's timeline (text, at most 1000 characters): the buyer reads it and is told, unless internal=true.")
            .Produces<NoteAdded>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
