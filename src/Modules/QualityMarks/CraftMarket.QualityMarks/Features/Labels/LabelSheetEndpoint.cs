using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Registry;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.QualityMarks.Features.Labels;

/// <summary>
/// GET /api/quality/label-batches/{id}/labels.pdf: the batch's print-ready label sheet, for the
/// association admin or the export desk; <c>from</c>/<c>to</c> pick a run of serials to reprint.
/// The PDF is built whole in memory (PDFsharp seeks back to write cross-references), then streamed;
/// one PDF holds at most <see cref="LabelSheets.MaxLabels"/> labels (a 100,000-code batch prints in runs).
/// </summary>
internal static class LabelSheetEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/quality/label-batches/{id:guid}/labels.pdf", Get)
            .WithTags("Quality marks")
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.AssociationAdmin, ActorRequirement.ExportDesk))
            .WithName("LabelSheetPdf")
            .WithSummary("The batch's labels as an A4 PDF (small stickers or hang tags, by the batch's size); from/to pick serials.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult, ValidationProblem>> Get(
        Guid id, int? from, int? to, LabelSheets sheets, HttpContext http, CancellationToken ct)
    {
        var prepared = await sheets.PrepareAsync(new LabelBatchId(id), from, to, ct);
        if (prepared.IsFailure) return prepared.Error!.ToProblem() is ValidationProblem invalid ? invalid : (ProblemHttpResult)prepared.Error!.ToProblem();
        var job = prepared.Value!;
        // In memory, not a temporary file: nothing carrying codes is written to disk (a copy left there is labels for a thief).
        var pdf = new MemoryStream();
        LabelSheet.Write(pdf, job.Batch.Size, job.Text, sheets.Printed(job, VillageAddress.Of(http.Request)), job.FileName);
        pdf.Position = 0;
        return TypedResults.Stream(pdf, "application/pdf", job.FileName);
    }
}
