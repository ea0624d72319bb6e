using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>Evidence and the moves of an application, over /api/quality/applications/{id}.</summary>
internal static class ApplicationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/{id:guid}/evidence", async (Guid id, HttpContext http, CurrentActor actor, EvidenceFiles evidence,
                ApplicationReads reads, CancellationToken ct) =>
            {
                var form = await UploadedFiles.ReadAsync(http, ct);
                if (form.IsFailure) return form.Error!.ToProblem();
                var added = await evidence.AddAsync(new MarkApplicationId(id), EvidenceFiles.Chosen(form.Value!.Files), form.Value!["caption"], actor, ct);
                return added.IsSuccess ? TypedResults.Ok(await reads.DtoAsync(added.Value!, actor, ct)) : added.Error!.ToProblem();
            })
            .DisableAntiforgery()   // bearer-token API; the body is read by hand, never bound as a form
            .WithName("AddMarkApplicationEvidence")
            .WithSummary("Attach photos or PDFs (multipart, any number of files up to 10 per request; optional field caption). " +
                "Files Media refuses are listed in a validation problem on \"file\"; the others are kept.")
            .Produces<ApplicationDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/{id:guid}/evidence/{fileId:guid}", async (Guid id, Guid fileId, HttpContext http, CurrentActor actor,
                EvidenceFiles evidence, CancellationToken ct) =>
                await evidence.OpenAsync(new MarkApplicationId(id), fileId, actor, ct) is { } file
                    ? EvidenceFiles.Serve(file, http) : Error.NotFound("evidence").ToProblem())
            .WithName("DownloadMarkApplicationEvidence")
            .WithSummary("One evidence file: staff, or the member the application is for; anyone else gets 404.")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg", additionalContentTypes: ["application/pdf"])
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("/{id:guid}/evidence/{fileId:guid}", async (Guid id, Guid fileId, CurrentActor actor, EvidenceFiles evidence,
                CancellationToken ct) => (await evidence.RemoveAsync(new MarkApplicationId(id), fileId, actor, ct)).ToHttp())
            .WithName("RemoveMarkApplicationEvidence")
            .WithSummary("Remove an evidence file while the application is still a draft.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        Move(api, "submit", "SubmitMarkApplication", "Submit a draft with its evidence (the member, or staff for it).",
            (actions, id, actor, _, ct) => actions.SubmitAsync(id, actor, ct));
        Move(api, "withdraw", "WithdrawMarkApplication", "The member withdraws its open application; pending visits are cancelled.",
            (actions, id, actor, _, ct) => actions.WithdrawAsync(id, actor, ct));
        Move(api, "reject", "RejectMarkApplication", "Staff reject a submitted application with a reason the member reads (body: {reason}).",
            (actions, id, actor, body, ct) => actions.RejectAsync(id, body?.Reason, actor, ct));
    }

    private static void Move(RouteGroupBuilder api, string verb, string name, string summary,
        Func<ApplicationActions, MarkApplicationId, CurrentActor, RejectApplicationRequest?, CancellationToken, Task<Result<MarkApplication>>> act) =>
        api.MapPost($"/{{id:guid}}/{verb}", async (Guid id, RejectApplicationRequest? body, CurrentActor actor, ApplicationActions actions,
                ApplicationReads reads, CancellationToken ct) =>
            {
                var done = await act(actions, new MarkApplicationId(id), actor, body, ct);
                return done.IsSuccess ? TypedResults.Ok(await reads.DtoAsync(done.Value!, actor, ct)) : done.Error!.ToProblem();
            })
            .WithName(name)
            .WithSummary(summary)
            .Produces<ApplicationDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
