using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>
/// Revokes a whole batch, a range of serials or one code. The rows are the truth every node reads
/// at verification time (nothing is cached per node), so a revocation counts from the moment it commits;
/// offline verifiers learn of it from the next signed revocation list.
/// </summary>
internal sealed class RevokeCodes(QualityMarksDb db, TimeProvider clock)
{
    public async Task<Result<LabelBatchDto>> RevokeBatchAsync(LabelBatchId id, RevokeBatchRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Batches.FirstOrDefaultAsync(b => b.Id == id, ct) is not { } batch) return Error.NotFound("label batch");
        if (Reason(request.Reason) is { } invalid) return invalid;
        if (batch.RevokedAt is not null) return Error.Conflict("batch_already_revoked", $"Batch {batch.Number} was already revoked.");
        var now = clock.GetUtcNow();
        batch.RevokedAt = now;
        batch.RevokedReason = request.Reason!.Trim();
        db.Record(now, AuditActor.Of(actor), "label-batch", batch.Id.Value, "revoked", $"batch {batch.Number}, all {batch.Quantity} codes: {batch.RevokedReason}");
        db.Outbox.Add(new LabelBatchRevoked(Guid.CreateVersion7(), batch.TenantId, batch.Id, batch.CertificateId, batch.Quantity, batch.RevokedReason, now), clock);
        await db.SaveChangesAsync(ct);
        var number = await db.Certificates.AsNoTracking().Where(c => c.Id == batch.CertificateId).Select(c => c.Number).FirstOrDefaultAsync(ct);
        return LabelBatchDto.From(batch, number ?? "");
    }

    public async Task<Result<CodeRevocationDto>> RevokeRangeAsync(LabelBatchId id, RevokeCodesRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } batch) return Error.NotFound("label batch");
        var errors = new Dictionary<string, string[]>();
        var within = $"Serials run from 1 to {batch.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)} in this batch.";
        if (request.FromSerial is not { } from || from < 1 || from > batch.Quantity) errors["fromSerial"] = [within];
        // One code: toSerial may be left out.
        var to = request.ToSerial ?? request.FromSerial;
        if (to is null || to < 1 || to > batch.Quantity) errors["toSerial"] = [within];
        else if (request.FromSerial is { } first && to < first) errors["toSerial"] = ["The last serial must not come before the first."];
        if (Reason(request.Reason)?.Fields is { } reasonErrors) foreach (var (k, v) in reasonErrors) errors[k] = v;
        if (errors.Count > 0) return Error.Validation(errors);

        var now = clock.GetUtcNow();
        var who = AuditActor.Of(actor);
        var revocation = new CodeRevocation(db.Tenant, batch.Id, request.FromSerial!.Value, to!.Value, request.Reason!.Trim(), now, who);
        db.Revocations.Add(revocation);
        db.Record(now, who, "label-batch", batch.Id.Value, "codes-revoked",
            $"batch {batch.Number}, serials {revocation.FirstSerial}-{revocation.LastSerial}: {revocation.Reason}");
        await db.SaveChangesAsync(ct);
        return CodeRevocationDto.From(revocation);
    }

    private static Error? Reason(string? reason) => reason?.Trim() switch
    {
        null or "" => Error.Validation("reason", "Say why the codes are revoked (kept for staff)."),
        { Length: > LabelBatch.ReasonMax } => Error.Validation("reason", "The reason is at most 1,000 characters."),
        _ => null,
    };
}
