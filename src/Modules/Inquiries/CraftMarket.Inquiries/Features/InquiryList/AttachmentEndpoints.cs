using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>An attachment as the buyer sees it after adding it.</summary>
public sealed record AttachmentDto(Guid FileId, string FileName, string ContentType, long Bytes);

/// <summary>
/// <c>POST /api/inquiries/{id}/attachments</c>: API clients send the inquiry first, then its files
/// (multipart), while it is still new. Media sniffs and limits each file as it does photos; a file it
/// refuses is named in a validation problem on "attachments" and nothing of that request is kept.
/// </summary>
internal static class AttachmentEndpoints
{
    public const long MaxRequestBytes = 60L * 1024 * 1024;

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/{id:guid}/attachments", async (Guid id, HttpContext http, CurrentActor actor, InquiriesDb db, IPrivateFiles files,
                TimeProvider clock, CancellationToken ct) =>
            {
                var inquiry = await db.Inquiries.FirstOrDefaultAsync(i => i.Id == new InquiryId(id), ct);
                if (inquiry is null || inquiry.Buyer.UserId != actor.UserId) return Error.NotFound("inquiry").ToProblem();
                if (inquiry.Status != InquiryStatus.New)
                    return Error.Conflict("inquiry_state", "Files can be added only while the inquiry is new; write to the export desk in the thread instead.").ToProblem();
                var form = await ReadAsync(http, ct);
                if (form.IsFailure) return form.Error!.ToProblem();
                var uploads = form.Value!.Files.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
                if (uploads.Count == 0) return Error.Validation("attachments", "Choose at least one PDF or photo.").ToProblem();
                if (inquiry.Attachments.Count + uploads.Count > Inquiry.MaxAttachments)
                    return Error.Validation("attachments", $"An inquiry holds at most {Inquiry.MaxAttachments} files.").ToProblem();

                var kept = new List<InquiryAttachment>();
                var refused = new List<string>();
                foreach (var upload in uploads)
                {
                    await using var stream = upload.OpenReadStream();
                    var stored = await files.StoreAsync(InquirySender.AttachmentPurpose, upload.FileName, stream, ct);
                    if (stored.IsFailure)
                    {
                        refused.Add($"{AttachmentNames.Clean(upload.FileName)}: {stored.Error!.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? stored.Error!.Message}");
                        continue;
                    }
                    kept.Add(new InquiryAttachment(stored.Value!.Id.Value, AttachmentNames.Clean(stored.Value.FileName), stored.Value.ContentType, stored.Value.Length));
                }
                if (refused.Count > 0)
                {
                    foreach (var file in kept) await files.DeleteAsync(new FileId(file.FileId), ct);
                    return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["attachments"] = [.. refused] }).ToProblem();
                }
                inquiry.Attachments.AddRange(kept);
                inquiry.Touch(clock.GetUtcNow());
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    foreach (var file in kept) await files.DeleteAsync(new FileId(file.FileId), ct);
                    return Error.Conflict("inquiry_changed", "The inquiry changed meanwhile; send the files again.").ToProblem();
                }
                return TypedResults.Ok(inquiry.Attachments.Select(a => new AttachmentDto(a.FileId, a.FileName, a.ContentType, a.Bytes)).ToList());
            })
            .DisableAntiforgery()   // bearer-token API; the body is read by hand, never bound as a form
            .WithName("AddInquiryAttachments")
            .WithSummary("The buyer who sent a new inquiry attaches PDFs or photos (multipart, at most 10 per inquiry); Media sniffs and limits them.")
            .Produces<List<AttachmentDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Result<IFormCollection>> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxRequestBytes) return TooLarge();
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max) max.MaxRequestBodySize = MaxRequestBytes;
        if (http.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
            return Error.Validation("attachments", "Send the files as multipart/form-data.");
        try
        {
            return Result.Ok(await new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }).ReadFormAsync(ct));
        }
        catch (InvalidDataException)
        {
            return TooLarge();
        }
    }

    private static Error TooLarge() => Error.Validation("attachments", $"At most {MaxRequestBytes / (1024 * 1024)} MB in one request.");
}
