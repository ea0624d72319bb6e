using CraftMarket.Identity.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>
/// Photos of a lot, kept privately through Media (purpose "orders.inspection"; photos only): uploaded
/// before the inspection that cites them, read by the association's staff and by the household whose
/// lot it is (it shows what to rework).
/// </summary>
internal sealed class InspectionPhotos(OrdersDb db, IPrivateFiles files, TimeProvider clock)
{
    public const string Purpose = "orders.inspection";

    /// <summary>Files a browser sends for an empty file input (no name, no bytes) are not uploads.</summary>
    public static IReadOnlyList<IFormFile> Chosen(IEnumerable<IFormFile> form) => [.. form.Where(f => f.Length > 0 || f.FileName.Length > 0)];

    /// <summary>Stores each photo; answers the ids of those kept, or the refusals (after the kept ones were stored).</summary>
    public async Task<Result<IReadOnlyList<Guid>>> AddAsync(WorkOrderId id, IReadOnlyList<IFormFile> uploads, CurrentActor actor, CancellationToken ct)
    {
        if (!InspectLot.MayInspect(actor)) return Error.Forbidden("Only the association's inspectors, export desk and admin inspect lots.");
        if (await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) is not { } work) return Error.NotFound("work order");
        if (work.State != WorkOrderState.ReadyForInspection)
            return Error.Conflict("work_order_state", $"The lot is {work.State}: photos are taken while it waits for inspection.");
        if (uploads.Count == 0) return Error.Validation("file", "Choose at least one photo.");
        var pending = await db.InspectionPhotos.CountAsync(p => p.WorkOrderId == id && p.CheckId == null, ct);
        if (pending + uploads.Count > InspectionPhoto.MaxPending)
            return Error.Validation("file", $"At most {InspectionPhoto.MaxPending} photos wait for one inspection.");

        var now = clock.GetUtcNow();
        var kept = new List<Guid>();
        var refused = new List<string>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            var stored = await files.StoreAsync(Purpose, upload.FileName, stream, ct);
            if (stored.IsFailure) { refused.Add($"{Name(upload.FileName)}: {stored.Error!.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? stored.Error.Message}"); continue; }
            if (stored.Value!.Kind != StoredFileKind.Photo)
            {
                await files.DeleteAsync(stored.Value.Id, ct);
                refused.Add($"{Name(upload.FileName)}: Only photos are taken of a lot.");
                continue;
            }
            kept.Add(stored.Value.Id.Value);
            db.InspectionPhotos.Add(new InspectionPhoto(work.TenantId, stored.Value.Id.Value, id, actor.UserId ?? Guid.Empty, now));
        }
        if (kept.Count > 0) await db.SaveChangesAsync(ct);
        return refused.Count == 0 ? kept : Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [.. refused] });
    }

    /// <summary>A photo of the work order's lot, for staff or the household that owns the work order; anything else is null (not found).</summary>
    public async Task<FileContent?> OpenAsync(WorkOrderId id, Guid fileId, CurrentActor actor, CancellationToken ct)
    {
        if (await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) is not { } work) return null;
        var household = actor.IsProducerFor(out var member) && member == work.MemberId;
        if (!actor.IsStaff && !household) return null;
        var photo = await db.InspectionPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.FileId == fileId && p.WorkOrderId == id, ct);
        // A household sees only the photos an inspection cited, not ones still waiting.
        if (photo is null || (!actor.IsStaff && photo.CheckId is null)) return null;
        return await files.OpenAsync(new FileId(fileId), ct);
    }

    /// <summary>Private files go to the one reader asking, never into a shared cache.</summary>
    public static IResult Serve(FileContent file, HttpContext http)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return TypedResults.Stream(file.Content, file.File.ContentType);
    }

    private static string Name(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "photo" : name.Length > 120 ? name[^120..] : name;
    }
}
