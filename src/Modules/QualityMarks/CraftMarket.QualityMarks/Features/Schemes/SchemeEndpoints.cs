using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.QualityMarks.Features.Schemes;

/// <summary>
/// /api/quality/schemes: association staff read (inspectors check against the criteria), the
/// association admin writes. Another association's scheme id is not found, whoever asks.
/// </summary>
internal static class SchemeEndpoints
{
    /// <summary>Bodies above this are cut off by the server (Media's own photo limit applies below it).</summary>
    public const long ImageRequestLimit = 26L * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/quality/schemes").WithTags("Quality marks: schemes")
            .RequireActor(ActorRequirement.Staff);

        api.MapGet("/", async (bool? includeRetired, SchemeEditor editor, CancellationToken ct) =>
                TypedResults.Ok(await editor.ListAsync(includeRetired ?? false, ct)))
            .WithName("ListMarkSchemes")
            .WithSummary("The association's mark schemes (retired ones with includeRetired=true), without their criteria.");

        api.MapGet("/{id:guid}", async (Guid id, SchemeEditor editor, CancellationToken ct) =>
                (await editor.GetAsync(new MarkSchemeId(id), ct)).ToHttp())
            .WithName("GetMarkScheme")
            .WithSummary("One scheme with the criteria of its current version.")
            .Produces<SchemeDto>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:guid}/versions", async (Guid id, SchemeEditor editor, CancellationToken ct) =>
                (await editor.VersionsAsync(new MarkSchemeId(id), ct)).ToHttp())
            .WithName("ListMarkSchemeVersions")
            .WithSummary("Every published version of a scheme, newest first, with its criteria.")
            .Produces<IReadOnlyList<VersionDto>>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:guid}/versions/{version:int}", async (Guid id, int version, SchemeEditor editor, CancellationToken ct) =>
                (await editor.VersionAsync(new MarkSchemeId(id), version, ct)).ToHttp())
            .WithName("GetMarkSchemeVersion")
            .WithSummary("The criteria of one published version, as they were published: what a certificate granted under it means.")
            .Produces<VersionDto>().ProducesProblem(StatusCodes.Status404NotFound);

        var admin = api.MapGroup("").RequireActor(ActorRequirement.AssociationAdmin);

        admin.MapPost("/", async (SchemeInput input, SchemeEditor editor, CancellationToken ct) =>
                (await editor.CreateAsync(input, ct)).ToCreated(s => $"/api/quality/schemes/{s.Id}"))
            .WithName("CreateMarkScheme")
            .WithSummary("Create a mark scheme: code, name and description (vi and en required), categories covered, validity in months (1-120).")
            .Produces<SchemeDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPut("/{id:guid}", async (Guid id, SchemeChanges input, SchemeEditor editor, CancellationToken ct) =>
                (await editor.UpdateAsync(new MarkSchemeId(id), input, ct)).ToHttp())
            .WithName("UpdateMarkScheme")
            .WithSummary("Change a scheme's name, description, categories and validity (its criteria change by publishing a version).")
            .Produces<SchemeDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        admin.MapPost("/{id:guid}/retire", async (Guid id, RetireInput? input, SchemeEditor editor, CancellationToken ct) =>
                (await editor.RetireAsync(new MarkSchemeId(id), input?.Reason, ct)).ToHttp())
            .WithName("RetireMarkScheme")
            .WithSummary("No new applications or versions; certificates already granted run to their expiry.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        admin.MapPost("/{id:guid}/versions", async (Guid id, VersionInput input, SchemeEditor editor, CancellationToken ct) =>
                (await editor.PublishAsync(new MarkSchemeId(id), input, ct)).ToCreated(v => $"/api/quality/schemes/{id}/versions/{v.Version}"))
            .WithName("PublishMarkSchemeVersion")
            .WithSummary("Publish a new, immutable set of 1-30 criteria; it becomes the current version. Certificates keep the version they were granted under.")
            .Produces<VersionDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        // Bearer-only API (cookies never authenticate /api): no cross-site form to guard against.
        admin.MapPut("/{id:guid}/image", async (Guid id, IFormFile? file, MarkImage images, CancellationToken ct) =>
                (await images.UploadAsync(new MarkSchemeId(id), file, ct)).ToHttp())
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImageRequestLimit))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadMarkImage")
            .WithSummary("Upload the mark's image (multipart field \"file\"): a photo, re-encoded without metadata.")
            .Produces<SchemeDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // Public, like any image on a page: badges on the storefront, the registry and printed labels.
        app.MapGet("/quality/schemes/{id:guid}/image", (Guid id, string? v, MarkImage images, HttpContext http, CancellationToken ct) =>
                images.ServeAsync(new MarkSchemeId(id), v, http, ct))
            .WithTags("Storefront")
            .WithName("MarkImage")
            .WithSummary("The mark's image: on a village host for its own schemes, on the platform host for any active village's; ?v=<file id> (as in imageUrl) is cached for a year.")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

internal sealed record RetireInput(string? Reason);
