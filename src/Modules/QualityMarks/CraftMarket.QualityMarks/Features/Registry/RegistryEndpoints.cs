using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.QualityMarks.Features.Registry;

/// <summary>
/// The registry for machines: GET /api/public/quality/registry (a village's host: that village; the
/// platform host: all active villages, <c>village</c> filters) and the certificate PDF at
/// /registry/certificates/{number}.pdf. Public; the same data as the pages (no tenant or member ids, no staff reasons).
/// </summary>
internal static class RegistryEndpoints
{
    public const int QueryMax = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/quality/registry", List)
            .WithTags("Quality marks")
            .AllowAnonymous()
            .WithName("PublicRegistry")
            .WithSummary("Marks and certificates with their status (valid, expires-soon, suspended, revoked, expired); q searches member, product and number.");

        app.MapGet("/registry/certificates/{number}.pdf", Pdf)
            .RequireActor(ActorRequirement.InAssociation)
            .AllowAnonymous()
            .WithTags("Quality marks")
            .WithName("CertificatePdf")
            .WithSummary("A certificate as a PDF, with a QR code to its public page.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private static async Task<Results<Ok<RegistryListing>, ValidationProblem>> List(string? q, int? page, string? village, RegistryQuery registry,
        HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(page ?? 1, RegistryQuery.PageSize, errors);
        if (q is { Length: > QueryMax }) errors["q"] = [$"At most {QueryMax} characters."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await registry.ListAsync(http.Request, RequestLanguage.Of(http).Code, q, page ?? 1, village, ct));
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Pdf(string number, RegistryQuery registry, HttpContext http, CancellationToken ct)
    {
        var language = RequestLanguage.Of(http).Code;
        if (await registry.CertificateAsync(http.Request, language, number, ct) is not { } found)
            return (ProblemHttpResult)Error.NotFound("certificate").ToProblem();
        var pdf = new MemoryStream();
        CertificateDocument.Write(pdf, found.Entry, found.Mark, found.Criteria, await registry.MarkImageAsync(found.Entry.MarkCode, ct));
        pdf.Position = 0;
        return TypedResults.Stream(pdf, "application/pdf", $"certificate-{found.Entry.Number}.pdf");
    }
}
