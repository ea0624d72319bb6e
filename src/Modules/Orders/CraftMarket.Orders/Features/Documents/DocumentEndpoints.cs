using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>
/// The documents over HTTP (bearer): the buyer who owns the order or the desk reads them; anyone
/// else gets 404. Cookie users download them through the pages' handlers (Pages/Documents).
/// </summary>
internal static class DocumentEndpoints
{
    private static readonly ActorRequirement Desk = ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin);

    public static void Map(IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").WithTags("Orders: documents");
        orders.MapGet("/{id:guid}/documents/{kind}", async (Guid id, string kind, CurrentActor actor, OrderDocuments documents, HttpContext http, CancellationToken ct) =>
            {
                var issued = await documents.IssueAsync(id, kind, actor, ct);
                if (issued.IsFailure) return issued.Error!.ToProblem();
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.File(issued.Value!.Pdf, "application/pdf", issued.Value.FileName);
            })
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin, ActorRequirement.Buyer))
            .WithName("GetOrderDocument")
            .WithSummary("The order's proforma invoice, commercial invoice or packing list (kind: proforma, invoice, packing-list) as a PDF in the buyer's language. The invoice and the packing list exist from ReadyToShip on (409 before; the desk gets a draft preview).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        orders.MapGet("/{id:guid}/packing", async (Guid id, CurrentActor actor, PackingReads reads, CancellationToken ct) =>
                (await reads.Get(id, actor, ct)).ToHttp())
            .RequireActor(Desk)
            .WithName("GetOrderPacking")
            .WithSummary("The packing data per line (HS code, pieces per carton, net and gross grams) with the cartons and weights the packing list prints.")
            .Produces<PackingDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapPut("/{id:guid}/packing", async (Guid id, PackingRequest? request, CurrentActor actor, PackingUpdate update, CancellationToken ct) =>
                (await update.Handle(id, request ?? new PackingRequest(null, null), actor, ct)).ToHttp())
            .RequireActor(Desk)
            .WithName("PutOrderPacking")
            .WithSummary("The desk enters per line: HS code, pieces per carton (≥ 1), net grams per piece and gross grams per full carton (gross ≥ net × pieces per carton). Lines not named keep theirs.")
            .Produces<PackingDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
