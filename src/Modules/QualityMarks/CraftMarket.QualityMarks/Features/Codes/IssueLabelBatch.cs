using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>
/// Issues a label batch for a product a certificate covers right now, numbered next in the
/// association and signed with its active key. Nothing per code is stored: the batch row is enough
/// to rebuild every code (<see cref="LabelCodes"/>).
/// </summary>
internal sealed class IssueLabelBatch(QualityMarksDb db, AssociationKeys keys, ICatalogue catalogue, TimeProvider clock)
{
    /// <summary>Two desks issuing at the same moment both read the same highest number; the unique index lets one win and the other retries.</summary>
    private const int NumberAttempts = 8;

    public async Task<Result<LabelBatchDto>> Handle(IssueLabelBatchRequest request, CurrentActor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var productId = request.ProductId ?? Guid.Empty;
        if (productId == Guid.Empty) errors["productId"] = ["Choose a product."];
        if (request.Quantity is not (>= 1 and <= LabelBatch.MaxQuantity))
            errors["quantity"] = ["A batch holds 1 to 100,000 codes."];
        var size = LabelSizes.Parse(request.Size);
        if (size is null) errors["size"] = ["Size must be \"small\" (a sheet of stickers) or \"hang-tag\"."];
        if (errors.Count > 0) return Error.Validation(errors);

        // Another association's product (or none at all) is simply not found here.
        if (await catalogue.FindAccessAsync(new ProductId(productId), ct) is null) return Error.NotFound("product");
        var now = clock.GetUtcNow();
        var covering = await CertificateCovering.FindAsync(db, productId, now, ct);
        if (covering.IsFailure) return covering.Error!;
        var certificate = covering.Value!;

        var key = await keys.ActiveKeyAsync(ct);
        var who = AuditActor.Of(actor);
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.Batches.OrderByDescending(b => b.Number).Select(b => b.Number).FirstOrDefaultAsync(ct);
            if (last >= ItemCode.MaxShortNumber)
                return Error.Conflict("batch_numbers_exhausted", "This association has issued the most batches a short code can number.");
            var batch = new LabelBatch(LabelBatchId.New(), db.Tenant, last + 1, productId, certificate.Id, key.KeyId,
                request.Quantity!.Value, size!.Value, RegistryClock.Today(now), now, who);
            db.Batches.Add(batch);
            db.Record(now, who, "label-batch", batch.Id.Value, "issued",
                $"batch {batch.Number}: {batch.Quantity} {LabelSizes.Name(batch.Size)} codes for product {productId} under certificate {certificate.Number}, key {key.KeyId}");
            try
            {
                await db.SaveChangesAsync(ct);
                return LabelBatchDto.From(batch, certificate.Number);
            }
            catch (DbUpdateException) when (attempt < NumberAttempts)
            {
                // Lost the race for this number: forget the rows and take the next free one.
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), ct);
            }
        }
    }
}

/// <summary>Which certificate lets a product carry the mark now; or why none does (said plainly to staff).</summary>
internal static class CertificateCovering
{
    public static async Task<Result<Certificate>> FindAsync(QualityMarksDb db, Guid productId, DateTimeOffset now, CancellationToken ct)
    {
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.ProductIds.Contains(productId)).ToListAsync(ct);
        if (certificates.Where(c => c.IsValidAt(now)).OrderByDescending(c => c.ExpiresOn).FirstOrDefault() is { } valid) return valid;
        if (certificates.Count == 0)
            return Error.Conflict("product_not_certified", "No certificate covers this product: labels are issued only for certified products.");
        var latest = certificates.OrderByDescending(c => c.ExpiresOn).First();
        var why = latest.Status switch
        {
            CertificateStatus.Suspended => $"certificate {latest.Number} is suspended",
            CertificateStatus.Revoked => $"certificate {latest.Number} is revoked",
            _ when latest.IsExpiredAt(now) => $"certificate {latest.Number} expired on {Day(latest.ExpiresOn)}",
            _ => $"certificate {latest.Number} is valid only from {Day(latest.IssuedOn)}",
        };
        return Error.Conflict("certificate_not_valid", $"The product's mark is not valid now ({why}): labels are issued only while a certificate covers the product.");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
