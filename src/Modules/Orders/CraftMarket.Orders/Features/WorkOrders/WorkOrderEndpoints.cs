using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>
/// <c>/api/work-orders</c>: a household reads and reports on its own work orders (another household's
/// id is 404); the desk reads any, clears problems, and lists an order's work late first
/// (<c>/api/orders/{id}/work-orders</c>). Bearer API: photos are multipart, read by hand.
/// </summary>
internal static class WorkOrderEndpoints
{
    private static readonly ActorRequirement Desk = ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin);

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/work-orders").WithTags("Orders: work orders")
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.Producer, ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin,
                ActorRequirement.Inspector));

        api.MapGet("/mine", async (CurrentActor actor, HttpContext http, WorkOrderReads reads, CancellationToken ct) =>
            {
                NoStore(http);
                return TypedResults.Ok(await reads.MineAsync(actor, ct));
            })
            .RequireActor(ActorRequirement.Producer)
            .WithName("MyWorkOrders")
            .WithSummary("The signed-in household's work orders in this association: open ones first (late ones first), then settled. "
                + "The order's number, what to make, quantity, due date, state, finished and accepted pieces, the price per piece the household "
                + "is paid (VND) and the buyer's price per piece (contract currency and VND). Never the buyer's identity.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/{id:guid}", async (Guid id, CurrentActor actor, HttpContext http, WorkOrderReads reads, CancellationToken ct) =>
            {
                NoStore(http);
                return (await reads.OneAsync(new WorkOrderId(id), actor, ct)).ToHttp();
            })
            .WithName("GetWorkOrder")
            .WithSummary("One work order with its specification, photo ids and history: for its own household or the desk; anyone else gets 404.")
            .Produces<WorkOrderDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/progress", async (Guid id, ProgressRequest? request, CurrentActor actor, ReportProgress report, WorkOrderReads reads,
                CancellationToken ct) =>
            {
                var done = await report.Handle(new WorkOrderId(id), request, actor, ct);
                return done.IsFailure ? done.Error!.ToProblem() : (await reads.OneAsync(new WorkOrderId(id), actor, ct)).ToHttp();
            })
            .WithName("ReportWorkOrderProgress")
            .WithSummary("The household reports on its own work order: kind started | progress (finished: 0..quantity, never fewer than before) | "
                + "ready (for inspection; every piece must be finished: a count sent must reach the quantity, none means all) | problem (note "
                + "required) | delay (expectedOn after today); optional note and photoIds (uploaded first). From rework, ready presents the "
                + "reworked pieces again. 409 once inspected or cancelled, or when revision is not the current one.")
            .Produces<WorkOrderDetailDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/{id:guid}/photos", async (Guid id, HttpContext http, CurrentActor actor, WorkOrderPhotos photos, CancellationToken ct) =>
            {
                var form = await WorkOrderPhotos.ReadAsync(http, ct);
                if (form.IsFailure) return form.Error!.ToProblem();
                return (await photos.AddAsync(new WorkOrderId(id), form.Value!, actor, ct)).ToHttp();
            })
            .DisableAntiforgery()   // bearer-token API; the body is read by hand, never bound as a form
            .WithName("AddWorkOrderPhotos")
            .WithSummary("The household adds progress photos to its own work order (multipart, at most 5 at once and 30 in all); Media sniffs, "
                + "limits and re-encodes them; anything but a photo is refused. Answers the photo ids, to send with a progress report.")
            .Produces<List<WorkOrderPhotoDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, CurrentActor actor, HttpContext http, WorkOrderPhotos photos,
                CancellationToken ct) =>
                await photos.OpenAsync(new WorkOrderId(id), photoId, actor, ct) is { } file
                    ? WorkOrderPhotos.Serve(file, http) : Error.NotFound("photo").ToProblem())
            .WithName("GetWorkOrderPhoto")
            .WithSummary("One photo of a work order, for its household, the desk or an inspector; anyone else gets 404.")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/problem/clear", async (Guid id, ClearProblemRequest? request, CurrentActor actor, ClearProblem clear,
                CancellationToken ct) => (await clear.Handle(new WorkOrderId(id), request?.Note, actor, ct)).ToHttp())
            .RequireActor(Desk)
            .WithName("ClearWorkOrderProblem")
            .WithSummary("The desk clears a household's open problem or delay (optional note, shown in the work order's history); 409 when none is open.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGet("/api/orders/{id:guid}/work-orders", async (Guid id, CurrentActor actor, HttpContext http, WorkOrderReads reads, CancellationToken ct) =>
            {
                NoStore(http);
                return (await reads.ForOrderAsync(new OrderId(id), actor, ct)).ToHttp();
            })
            .WithTags("Orders: work orders")
            .RequireActor(Desk)
            .WithName("ListOrderWorkOrders")
            .WithSummary("Every work order of the order with the member's name, state, finished and accepted pieces and due date; late ones "
                + "first, then by due date; open problems and delays flagged. Desk only.")
            .Produces<OrderWorkDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "private, no-store";
}

/// <summary>What the desk did about the problem (optional): shown to the household in its history.</summary>
public sealed record ClearProblemRequest(string? Note);
