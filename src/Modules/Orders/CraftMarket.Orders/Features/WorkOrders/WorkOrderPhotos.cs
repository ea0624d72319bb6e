using CraftMarket.Identity.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>
/// The household's progress photos, kept privately through Media (sniffed and re-encoded, metadata
/// and GPS dropped): photos only, never PDFs. Read by the household and the desk (and inspectors)
/// through a page handler that checks access first; never cached by anyone in between.
/// </summary>
internal sealed class WorkOrderPhotos(OrdersDb db, WorkOrderAccess access, IPrivateFiles files, TimeProvider clock)
{
    public const string Purpose = "orders.work-order-photo";
    public const long MaxRequestBytes = PhotoUploadCap.MaxRequestBytes;
    public const int MaxFilesPerRequest = 5;

    /// <summary>Files a browser sends for an empty file input (no name, no bytes) are not uploads.</summary>
    public static IReadOnlyList<IFormFile> Chosen(IEnumerable<IFormFile> form) => [.. form.Where(f => f.Length > 0 || f.FileName.Length > 0)];

    /// <summary>
    /// Keeps each photo and adds it to the work order; nothing is kept when one is refused (not a
    /// photo, too large, damaged), so the household simply sends again.
    /// </summary>
    public async Task<Result<IReadOnlyList<WorkOrderPhotoDto>>> AddAsync(WorkOrderId id, IReadOnlyList<IFormFile> uploads, CurrentActor actor,
        CancellationToken ct)
    {
        if (await access.OwnAsync(id, actor, ct) is not { } work) return Error.NotFound("work order");
        if (uploads.Count == 0) return Error.Validation("file", "Choose a photo.");
        if (uploads.Count > MaxFilesPerRequest) return Error.Validation("file", $"At most {MaxFilesPerRequest} photos at once.");

        var kept = new List<StoredFile>();
        var refused = new List<string>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            var stored = await files.StoreAsync(Purpose, upload.FileName, stream, ct);
            if (stored.IsFailure) refused.Add(stored.Error!.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? stored.Error!.Message);
            else if (stored.Value!.Kind != StoredFileKind.Photo)
            {
                refused.Add("Only photos can be added to a work order.");
                await files.DeleteAsync(stored.Value.Id, ct);
            }
            else kept.Add(stored.Value);
        }
        var added = refused.Count == 0 ? work.AddPhotos([.. kept.Select(k => k.Id.Value)]) : Result.Ok();
        if (refused.Count > 0 || added.IsFailure)
        {
            foreach (var file in kept) await files.DeleteAsync(file.Id, ct);
            return refused.Count > 0 ? Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [.. refused.Distinct(StringComparer.Ordinal)] })
                : added.Error!;
        }
        work.Touch(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            foreach (var file in kept) await files.DeleteAsync(file.Id, ct);
            return Error.Conflict("work_order.changed", "The work order changed meanwhile; send the photo again.");
        }
        return Result.Ok<IReadOnlyList<WorkOrderPhotoDto>>([.. kept.Select(k => new WorkOrderPhotoDto(k.Id.Value, k.ContentType, k.Length))]);
    }

    /// <summary>The photo, if it belongs to the work order and the actor may see it; otherwise null (answered as not found).</summary>
    public async Task<FileContent?> OpenAsync(WorkOrderId id, Guid photo, CurrentActor actor, CancellationToken ct) =>
        await access.MaySeePhotoAsync(id, photo, actor, ct) ? await files.OpenAsync(new FileId(photo), ct) : null;

    /// <summary>Private photos go to the one reader asking, never into a shared cache.</summary>
    public static IResult Serve(FileContent file, HttpContext http)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return TypedResults.Stream(file.Content, file.File.ContentType);
    }

    /// <summary>The API's multipart body, read by hand (bearer API: no antiforgery, no form binding).</summary>
    public static async Task<Result<IReadOnlyList<IFormFile>>> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (!PhotoUploadCap.Allow(http)) return TooLarge();
        if (http.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
            return Error.Validation("file", "Send the photo as multipart/form-data.");
        try
        {
            var form = await new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }).ReadFormAsync(ct);
            return Result.Ok(Chosen(form.Files));
        }
        catch (InvalidDataException)
        {
            return TooLarge();
        }
    }

    private static Error TooLarge() => Error.Validation("file", $"At most {MaxRequestBytes / (1024 * 1024)} MB in one upload.");
}
