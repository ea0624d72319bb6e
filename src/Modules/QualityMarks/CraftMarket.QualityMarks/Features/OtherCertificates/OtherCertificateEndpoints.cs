using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.QualityMarks.Features.OtherCertificates;

/// <summary>
/// /api/quality/other-certificates: staff record and change; a household reads its own member's
/// (another member's or association's certificate is not found).
/// </summary>
internal static class OtherCertificateEndpoints
{
    public const long DocumentRequestLimit = 26L * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/quality/other-certificates").WithTags("Quality marks: other certificates")
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.Staff, ActorRequirement.Producer));

        api.MapGet("/", async (Guid? memberId, bool? includeWithdrawn, OtherCertificateEditor editor, CancellationToken ct) =>
                TypedResults.Ok(await editor.ListAsync(memberId, includeWithdrawn ?? false, ct)))
            .WithName("ListOtherCertificates")
            .WithSummary("Staff: the association's (or one member's with memberId); a household: its own.");

        api.MapGet("/kinds", () => TypedResults.Ok(OtherCertificateKinds.Suggestions))
            .WithName("OtherCertificateKindSuggestions")
            .WithSummary("Common kinds to suggest (any kind may be recorded).");

        api.MapGet("/{id:guid}", async (Guid id, OtherCertificateEditor editor, OtherCertificateDocument documents, CancellationToken ct) =>
            {
                if (await editor.FindReadableAsync(new OtherCertificateId(id), ct) is not { } found) return Error.NotFound("certificate").ToProblem();
                return (await editor.GetAsync(found.Id, await documents.DescribeAsync(found.DocumentFileId, ct), ct)).ToHttp();
            })
            .WithName("GetOtherCertificate")
            .Produces<OtherCertificateDto>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:guid}/document", async (Guid id, OtherCertificateDocument documents, HttpContext http, CancellationToken ct) =>
                await documents.OpenAsync(new OtherCertificateId(id), ct) is { } content
                    ? OtherCertificateDocument.Download(content, http)
                    : Error.NotFound("document").ToProblem())
            .WithName("DownloadOtherCertificateDocument")
            .WithSummary("The certificate's document, for staff and the member itself.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status404NotFound);

        var staff = api.MapGroup("").RequireActor(ActorRequirement.Staff);

        staff.MapPost("/", async (OtherCertificateInput input, OtherCertificateEditor editor, CancellationToken ct) =>
                (await editor.CreateAsync(input, ct)).ToCreated(c => $"/api/quality/other-certificates/{c.Id}"))
            .WithName("RecordOtherCertificate")
            .WithSummary("Record a certificate an active member holds: kind, issuer, number, issue and expiry dates (yyyy-MM-dd).")
            .Produces<OtherCertificateDto>(StatusCodes.Status201Created).ProducesValidationProblem();

        staff.MapPut("/{id:guid}", async (Guid id, OtherCertificateInput input, OtherCertificateEditor editor, CancellationToken ct) =>
                (await editor.UpdateAsync(new OtherCertificateId(id), input, ct)).ToHttp())
            .WithName("UpdateOtherCertificate")
            .Produces<OtherCertificateDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPost("/{id:guid}/withdraw", async (Guid id, WithdrawInput? input, OtherCertificateEditor editor, CancellationToken ct) =>
                (await editor.WithdrawAsync(new OtherCertificateId(id), input?.Reason, ct)).ToHttp())
            .WithName("WithdrawOtherCertificate")
            .WithSummary("Withdraw a certificate (e.g. recorded by mistake, or cancelled by its issuer): kept for the audit, hidden from buyers.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // Bearer-only API (cookies never authenticate /api): no cross-site form to guard against.
        staff.MapPut("/{id:guid}/document", async (Guid id, IFormFile? file, OtherCertificateDocument documents, CancellationToken ct) =>
                (await documents.UploadAsync(new OtherCertificateId(id), file, ct)).ToHttp())
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(DocumentRequestLimit))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadOtherCertificateDocument")
            .WithSummary("Attach the certificate's PDF or a photo of it (multipart field \"file\").")
            .Produces<OtherCertificateDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
