using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Labels;

/// <summary>One batch's labels, ready to draw: the batch, the key that signs its codes again, the serials asked for and the shared texts.</summary>
internal sealed record LabelSheetJob(LabelBatch Batch, SigningKey Key, uint From, uint To, LabelText Text)
{
    public string FileName => From == 1 && To == Batch.Quantity
        ? $"labels-batch-{Batch.Number}.pdf"
        : $"labels-batch-{Batch.Number}-{From}-{To}.pdf";
}

/// <summary>Gathers what a batch's label sheet needs, within the current association (another association's batch is not found).</summary>
internal sealed class LabelSheets(QualityMarksDb db, LabelCodes codes, ICatalogue catalogue, ITenantDirectory tenants, ITenantContext tenant,
    IServiceProvider services)
{
    /// <summary>500 pages of small labels: ~30 MB of PDF held in memory at most per request.</summary>
    public const int MaxLabels = 20_000;

    public async Task<Result<LabelSheetJob>> PrepareAsync(LabelBatchId id, int? from, int? to, CancellationToken ct)
    {
        if (await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } batch) return Error.NotFound("label batch");
        var first = from ?? 1;
        var last = to ?? batch.Quantity;
        var errors = new Dictionary<string, string[]>();
        if (first < 1 || first > batch.Quantity) errors["from"] = [$"From must be a serial between 1 and {batch.Quantity}."];
        if (last < 1 || last > batch.Quantity) errors["to"] = [$"To must be a serial between 1 and {batch.Quantity}."];
        else if (last < first) errors["to"] = ["To must not be before from."];
        else if (last - first + 1 > MaxLabels) errors["to"] = [$"At most {MaxLabels} labels per PDF: print the batch in runs with from and to."];
        if (errors.Count > 0) return Error.Validation(errors);
        // Printing a revoked batch would make labels that every check answers "revoked".
        if (batch.RevokedAt is not null) return Error.Conflict("batch_revoked", "This batch was revoked: its labels must not be printed.");
        if (await db.Keys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyId == batch.KeyId, ct) is not { } key) return Error.NotFound("signing key");

        var product = (await catalogue.NamesAsync([new ProductId(batch.ProductId)], ct)) is [var found, ..] ? found : null;
        var scheme = await db.Certificates.AsNoTracking().Where(c => c.Id == batch.CertificateId)
            .Join(db.Schemes.AsNoTracking(), c => c.SchemeId, s => s.Id, (_, s) => s).FirstOrDefaultAsync(ct);
        var text = new LabelText(
            tenants.SettingsOf(tenant)?.BrandName ?? "",
            product?.Name.GetValueOrDefault("vi") ?? product?.Name.Values.FirstOrDefault() ?? "",
            product?.Name.GetValueOrDefault("en"),
            scheme?.Name.Vi ?? "",
            scheme?.ImageFileId is { } image ? await ImageAsync(new FileId(image), ct) : null);
        return new LabelSheetJob(batch, key, (uint)first, (uint)last, text);
    }

    /// <summary>The job's codes, signed and encoded as the sheet draws them.</summary>
    public IEnumerable<PrintedCode> Printed(LabelSheetJob job, string baseUrl) =>
        LabelSheet.Printed(Serials(job.From, job.To), serial => codes.Code(job.Batch, job.Key, serial), baseUrl);

    private static IEnumerable<uint> Serials(uint from, uint to)
    {
        for (var serial = from; serial <= to; serial++) yield return serial;
    }

    /// <summary>The mark image through Media (built separately, so possibly absent): a missing file only leaves the image out.</summary>
    private async Task<byte[]?> ImageAsync(FileId id, CancellationToken ct)
    {
        if (services.GetService<IPrivateFiles>() is not { } files) return null;
        await using var file = await files.OpenAsync(id, ct);
        if (file is null) return null;
        using var copy = new MemoryStream();
        await file.Content.CopyToAsync(copy, ct);
        return copy.ToArray();
    }
}
