using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>Withdrawing needs nothing; <c>revision</c> (from the read) refuses it if the inquiry changed meanwhile.</summary>
internal sealed record WithdrawRequest(int? Revision);

/// <summary>The buyer's side after sending, over /api/inquiries: read one, list mine, download an attachment, withdraw.</summary>
internal static class BuyerEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inquiries").WithTags("Inquiries")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/mine", async (CurrentActor actor, HttpContext http, BuyerInquiryReads reads, MyInquiriesCrossTenant everywhere,
                CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http).Code;
                return TypedResults.Ok(actor.HasTenant
                    ? await reads.MineAsync(actor, language, ct)
                    : await everywhere.MineAsync(actor, language, http, ct));
            })
            .RequireActor(ActorRequirement.Buyer)
            .WithName("MyInquiries")
            .WithSummary("The signed-in buyer's inquiries, most recently changed first (at most 200): in this village, or on the " +
                "platform host in every village (each with its village and a link to its page there). With the open quote, if any.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var one = api.MapGroup("/{id:guid}")
            .RequireActor(ActorRequirement.InAssociation)
            .RequireActor(ActorRequirement.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);

        one.MapGet("/", async Task<Results<Ok<InquiryDetailDto>, ProblemHttpResult>> (Guid id, CurrentActor actor, HttpContext http,
                BuyerInquiryReads reads, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "private, no-store";
                return await reads.DetailAsync(new InquiryId(id), actor, RequestLanguage.Of(http).Code, ct) is { } found
                    ? TypedResults.Ok(found) : NotFound();
            })
            .WithName("GetInquiry")
            .WithSummary("One inquiry: for the buyer who sent it (thread without the association's internal notes) or the association's " +
                "export desk and admin (with internal notes flagged, the assignee and the buyer's contact). Anyone else gets 404.");

        one.MapGet("/attachments/{fileId:guid}", async (Guid id, Guid fileId, CurrentActor actor, HttpContext http, InquiriesDb db,
                IPrivateFiles files, CancellationToken ct) =>
                await OpenAttachmentAsync(db, files, new InquiryId(id), fileId, actor, ct) is { } file
                    ? Serve(file, http) : NotFound())
            .WithName("DownloadInquiryAttachment")
            .WithSummary("One of the buyer's files on the inquiry, for the buyer who sent it or the export desk; anyone else gets 404.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf", additionalContentTypes: ["image/jpeg"]);

        one.MapPost("/withdraw", async Task<Results<Ok<InquiryDetailDto>, ProblemHttpResult>> (Guid id, WithdrawRequest? body,
                CurrentActor actor, HttpContext http, WithdrawInquiry withdraw, BuyerInquiryReads reads, CancellationToken ct) =>
            {
                var done = await withdraw.HandleAsync(new InquiryId(id), actor, body?.Revision, ct);
                if (done.IsFailure) return (ProblemHttpResult)done.Error!.ToProblem();
                return TypedResults.Ok((await reads.DetailAsync(new InquiryId(id), actor, RequestLanguage.Of(http).Code, ct))!);
            })
            .WithName("WithdrawInquiry")
            .WithSummary("The buyer who sent it withdraws an open inquiry (new, being prepared or quoted); an open quote version is " +
                "withdrawn with it. 409 once a quote was accepted or the inquiry is closed; 403 for the desk (it declines instead).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static ProblemHttpResult NotFound() => (ProblemHttpResult)Error.NotFound("inquiry").ToProblem();

    /// <summary>The file, if it is an attachment of an inquiry the actor may read; otherwise null (answered as not found).</summary>
    public static async Task<FileContent?> OpenAttachmentAsync(InquiriesDb db, IPrivateFiles files, InquiryId id, Guid fileId,
        CurrentActor actor, CancellationToken ct)
    {
        if (await InquiryAccess.FindAsync(db, id, actor, tracked: false, ct) is not ({ } inquiry, _)
            || inquiry.Attachments.All(a => a.FileId != fileId)) return null;
        return await files.OpenAsync(new FileId(fileId), ct);
    }

    public static IResult Serve(FileContent file, HttpContext http)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        var name = Path.GetFileName(file.File.FileName.Replace('\\', '/')).Trim();
        return TypedResults.Stream(file.Content, file.File.ContentType, name.Length == 0 ? "file" : name);
    }
}
