using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>Filters for the association's label batches, newest first; <see cref="Paging"/> bounds the page.</summary>
internal sealed record LabelBatchQuery(int Page = 1, int PageSize = 20, Guid? ProductId = null);

/// <summary>The association's label batches (the tenant filter keeps every other association's out).</summary>
internal sealed class LabelBatchQueries(QualityMarksDb db)
{
    public async Task<PagedList<LabelBatchDto>> ListAsync(LabelBatchQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        var batches = db.Batches.AsNoTracking();
        if (query.ProductId is { } product) batches = batches.Where(b => b.ProductId == product);
        var total = await batches.CountAsync(ct);
        var items = await batches.OrderByDescending(b => b.Number).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        var numbers = await CertificateNumbers(items, ct);
        return new PagedList<LabelBatchDto>([.. items.Select(b => LabelBatchDto.From(b, numbers.GetValueOrDefault(b.CertificateId, "")))], page, size, total);
    }

    public async Task<Result<LabelBatchDto>> GetAsync(LabelBatchId id, CancellationToken ct)
    {
        if (await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } batch) return Error.NotFound("label batch");
        var numbers = await CertificateNumbers([batch], ct);
        return LabelBatchDto.From(batch, numbers.GetValueOrDefault(batch.CertificateId, ""));
    }

    public async Task<Result<BatchRevocationsDto>> RevocationsAsync(LabelBatchId id, CancellationToken ct)
    {
        if (await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } batch) return Error.NotFound("label batch");
        var ranges = await db.Revocations.AsNoTracking().Where(r => r.BatchId == id).OrderBy(r => r.RevokedAt).ToListAsync(ct);
        return new BatchRevocationsDto(batch.Id.Value, batch.Number, batch.RevokedAt, batch.RevokedReason, [.. ranges.Select(CodeRevocationDto.From)]);
    }

    private async Task<Dictionary<CertificateId, string>> CertificateNumbers(IReadOnlyList<LabelBatch> batches, CancellationToken ct)
    {
        var ids = batches.Select(b => b.CertificateId).Distinct().ToList();
        return await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
    }
}
