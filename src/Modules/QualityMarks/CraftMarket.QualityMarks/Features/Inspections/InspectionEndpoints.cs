using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.QualityMarks.Features.Inspections;

/// <summary>/api/quality/inspections: the association's staff only (a member learns of its visits by SMS and on its page).</summary>
internal static class InspectionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/", async (ScheduleVisitRequest request, CurrentActor actor, ScheduleVisit schedule, InspectionReads reads, CancellationToken ct) =>
            {
                var done = await schedule.ScheduleAsync(request, actor, ct);
                if (done.IsFailure) return done.Error!.ToProblem();
                var dto = (await reads.DtosAsync([done.Value!], ct))[0];
                return TypedResults.Created($"/api/quality/inspections/{dto.Id}", dto);
            })
            .WithName("ScheduleInspection")
            .WithSummary("Schedule a visit for a submitted application (scheduledFor: Vietnam time unless it carries an offset); " +
                "the member is texted in Vietnamese and the application moves to Inspecting.")
            .Produces<InspectionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/", async (Guid? applicationId, string? when, bool? mine, CurrentActor actor, InspectionReads reads, CancellationToken ct) =>
                (await reads.ListAsync(new VisitFilter(applicationId, when, mine ?? false), actor, ct)).ToHttp())
            .WithName("ListInspections")
            .WithSummary("Visits: when=today|upcoming (still to happen, from today in Vietnam; the default) or all; " +
                "mine=true keeps those assigned to the caller or to nobody; applicationId filters one application (all by default).")
            .Produces<IReadOnlyList<InspectionDto>>()
            .ProducesValidationProblem();

        api.MapGet("/{id:guid}", async (Guid id, CurrentActor actor, InspectionReads reads, CancellationToken ct) =>
                await reads.FindAsync(new InspectionId(id), actor, ct) is { } dto ? TypedResults.Ok(dto) : Error.NotFound("inspection").ToProblem())
            .WithName("GetInspection")
            .Produces<InspectionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/reschedule", async (Guid id, RescheduleVisitRequest request, CurrentActor actor, ScheduleVisit schedule,
                InspectionReads reads, CancellationToken ct) => await Answer(await schedule.RescheduleAsync(new InspectionId(id), request, actor, ct), reads, ct))
            .WithName("RescheduleInspection")
            .WithSummary("Move a visit still to happen; the member is texted the new time.")
            .Produces<InspectionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/{id:guid}/cancel", async (Guid id, CurrentActor actor, ScheduleVisit schedule, InspectionReads reads, CancellationToken ct) =>
                await Answer(await schedule.CancelAsync(new InspectionId(id), actor, ct), reads, ct))
            .WithName("CancelInspection")
            .WithSummary("Call a visit off; the member is texted.")
            .Produces<InspectionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/{id:guid}/photos", async (Guid id, HttpContext http, CurrentActor actor, RecordVisit record, CancellationToken ct) =>
            {
                var form = await UploadedFiles.ReadAsync(http, ct);
                if (form.IsFailure) return form.Error!.ToProblem();
                var added = await record.AddPhotosAsync(new InspectionId(id), EvidenceFiles.Chosen(form.Value!.Files), actor, ct);
                return added.IsSuccess ? TypedResults.Ok(new { fileIds = added.Value }) : added.Error!.ToProblem();
            })
            .DisableAntiforgery()   // bearer-token API; the body is read by hand, never bound as a form
            .WithName("AddInspectionPhotos")
            .WithSummary("Upload photos taken on the visit (multipart); answers their ids, for the findings that cite them.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/{id:guid}/photos/{fileId:guid}", async (Guid id, Guid fileId, HttpContext http, CurrentActor actor, RecordVisit record,
                CancellationToken ct) => await record.OpenPhotoAsync(new InspectionId(id), fileId, actor, ct) is { } file
                    ? EvidenceFiles.Serve(file, http) : Error.NotFound("photo").ToProblem())
            .WithName("DownloadInspectionPhoto")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/record", async (Guid id, RecordVisitRequest request, CurrentActor actor, RecordVisit record,
                InspectionReads reads, CancellationToken ct) =>
            {
                var visit = request.ToVisit();
                if (visit.IsFailure) return visit.Error!.ToProblem();
                return await Answer(await record.RecordAsync(new InspectionId(id), visit.Value!, actor, ct), reads, ct);
            })
            .WithName("RecordInspection")
            .WithSummary("Record the visit once: each criterion met or not with notes and photos, defects by type, sample size (>= 1), " +
                "outcome Passed (only when every criterion is answered and met) or Failed, notes.")
            .Produces<InspectionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Answer(Result<Domain.Inspection> result, InspectionReads reads, CancellationToken ct) =>
        result.IsSuccess ? TypedResults.Ok((await reads.DtosAsync([result.Value!], ct))[0]) : result.Error!.ToProblem();
}
