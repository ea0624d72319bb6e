using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Inquiries.Features.Allocation;

/// <summary>
/// /api/inquiries/{id}/allocation for the export desk (and the association's admin): propose, read,
/// edit, re-allocate. Another association's inquiry is not found (404); a closed one refuses (409).
/// Members' capacities show in the reasons: staff only, never buyers or households.
/// </summary>
internal static class AllocationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inquiries/{id:guid}/allocation").WithTags("Inquiries: allocation")
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin));

        api.MapPost("/", async (Guid id, AllocationDesk desk, CancellationToken ct) => (await desk.Propose(new InquiryId(id), ct)).ToHttp())
            .WithName("ProposeAllocation")
            .WithSummary("Propose who makes how many of each line (replaces the proposed shares; keeps offered, accepted and countered ones and fills what they leave). Moves a new inquiry to allocating.")
            .Produces<AllocationDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/", async (Guid id, AllocationDesk desk, CancellationToken ct) => (await desk.Get(new InquiryId(id), ct)).ToHttp())
            .WithName("GetAllocation")
            .WithSummary("The inquiry's shares per line, what they leave uncovered, and the declined or withdrawn shares apart.")
            .Produces<AllocationDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/", async (Guid id, AllocationEdit edit, AllocationDesk desk, CancellationToken ct) => (await desk.Edit(new InquiryId(id), edit, ct)).ToHttp())
            .WithName("EditAllocation")
            .WithSummary("Set each listed line's shares (member, quantity, due date). Not whole cases or over a member's capacity is allowed and answered as warnings.")
            .Produces<AllocationDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/reallocate", async (Guid id, AllocationDesk desk, CancellationToken ct) => (await desk.Reallocate(new InquiryId(id), ct)).ToHttp())
            .WithName("ReallocateDeclined")
            .WithSummary("Propose again what declined and withdrawn shares and the remainder of countered shares leave, among members who had no share of the line.")
            .Produces<AllocationDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
