using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>/api/work-orders/{id}/…: the lot's plan, its inspections and their photos.</summary>
internal static class InspectionEndpoints
{
    public static void MapStaff(RouteGroupBuilder api)
    {
        api.MapGet("/{id:guid}/sampling-plan", async (Guid id, int? lotSize, InspectionReads reads, CancellationToken ct) =>
                await reads.PlanAsync(new WorkOrderId(id), lotSize, ct) is { } plan ? TypedResults.Ok(plan) : Error.NotFound("work order").ToProblem())
            .WithName("GetLotSamplingPlan")
            .WithSummary("The ISO 2859-1 plan (general level II, single sampling, normal inspection, the association's AQL) for the lot the " +
                "work order presents now, or for lotSize of its outstanding pieces: code letter, sample size, Ac/Re, and the defect types to count.")
            .Produces<SamplingPlanDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/inspections", async (Guid id, InspectLotRequest request, CurrentActor actor, InspectLot inspect,
                InspectionReads reads, CancellationToken ct) =>
            {
                var done = await inspect.InspectAsync(new WorkOrderId(id), request, actor, ct);
                if (done.IsFailure) return done.Error!.ToProblem();
                var lot = await inspect.LoadAsync(new WorkOrderId(id), ct);
                return TypedResults.Created($"/api/work-orders/{id}/inspections", InspectionReads.Dto(done.Value!, lot!.Types, staff: true));
            })
            .WithName("InspectLot")
            .WithSummary("Record the inspection of a lot the household reported ready: lotSize (default: every outstanding piece), " +
                "sampleInspected (at least the plan's sample; the whole lot when the plan covers it), defects [{type, count}] of the " +
                "association's types, outcome Accepted (only within the plan's acceptance number), Rework (the whole lot back) or " +
                "Rejected (nothing counts), optional accepted/rework/rejected (they must add up to the lot), photoIds uploaded for this lot, note.")
            .Produces<InspectionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/{id:guid}/inspection-photos", async (Guid id, HttpContext http, CurrentActor actor, InspectionPhotos photos, CancellationToken ct) =>
            {
                var form = await PhotoUploads.ReadAsync(http, ct);
                if (form.IsFailure) return form.Error!.ToProblem();
                var added = await photos.AddAsync(new WorkOrderId(id), form.Value!, actor, ct);
                return added.IsSuccess ? TypedResults.Ok(new PhotoIdsDto(added.Value!)) : added.Error!.ToProblem();
            })
            .DisableAntiforgery()   // bearer-token API; the body is read by hand, never bound as a form
            .WithName("AddLotPhotos")
            .WithSummary("Upload photos of a lot waiting for inspection (multipart); answers their ids for the inspection that cites them.")
            .Produces<PhotoIdsDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static void MapShared(RouteGroupBuilder api)
    {
        api.MapGet("/{id:guid}/inspections", async (Guid id, CurrentActor actor, InspectionReads reads, CancellationToken ct) =>
                await reads.ListAsync(new WorkOrderId(id), actor, ct) is { } list ? TypedResults.Ok(list) : Error.NotFound("work order").ToProblem())
            .WithName("ListLotInspections")
            .WithSummary("A work order's inspections, newest first. Staff see everything; the household that owns the work order sees its " +
                "results without the inspector's note and name.")
            .Produces<IReadOnlyList<InspectionDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:guid}/inspection-photos/{fileId:guid}", async (Guid id, Guid fileId, HttpContext http, CurrentActor actor,
                InspectionPhotos photos, CancellationToken ct) =>
                await photos.OpenAsync(new WorkOrderId(id), fileId, actor, ct) is { } file
                    ? InspectionPhotos.Serve(file, http) : Error.NotFound("photo").ToProblem())
            .WithName("DownloadLotPhoto")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

internal sealed record PhotoIdsDto(IReadOnlyList<Guid> FileIds);
