using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Csv;

internal sealed record ImportSummary(int Created, int Updated, int Unchanged);

/// <summary>The import's outcome: a summary, or every problem found (and nothing imported).</summary>
internal sealed record ImportOutcome(ImportSummary? Summary, IReadOnlyList<RowError> Errors)
{
    public bool Imported => Summary is not null;
    public static ImportOutcome Failed(IEnumerable<RowError> errors) => new(null, [.. errors.OrderBy(e => e.Row)]);
}

/// <summary>
/// All-or-nothing CSV import by the association: every row is checked first (cells, lookups, the
/// same rules as the API, SKUs within the file and against the catalogue); only a file without a
/// single problem is applied, in one SaveChanges with its audit entries and events. Rows update
/// the product named by id, else the product whose SKU they carry, else create one.
/// </summary>
internal sealed class ImportCatalogueHandler(CatalogueDb db, ProductWrites writes, IMemberDirectory members, ITenantContext tenant)
{
    public async Task<ImportOutcome> Import(Stream file, Actor admin, CancellationToken ct)
    {
        if (tenant.TenantId is not { } tenantId) return ImportOutcome.Failed([new RowError(1, "", "No association.")]);
        var (rows, fileErrors) = CsvRowReader.Read(file);
        if (fileErrors.Count > 0) return ImportOutcome.Failed(fileErrors);
        if (rows.Count == 0) return ImportOutcome.Failed([new RowError(2, "", "The file has no product rows.")]);

        var lookups = new ImportRows(await db.Categories.AsNoTracking().ToListAsync(ct),
            [.. (await members.ListAsync(ct)).Where(m => m.Status == MemberStatus.Active)]);
        var targets = await ImportTargets.LoadAsync(db, rows, ct);
        var plans = new List<ImportPlan>();
        var claimed = new Dictionary<ProductId, int>();
        foreach (var row in rows)
        {
            var target = targets.For(row);
            if (target is not null && !claimed.TryAdd(target.Id, row.Row)) row.Fail(CsvLayout.Id, $"Row {claimed[target.Id]} already changes this product.");
            var details = lookups.Details(row, target);
            var status = lookups.Status(row, target);
            if (details is null) continue;
            if (status is ProductStatus.Published or ProductStatus.Submitted && details.CheckPublishable() is { Fields: { } missing })
                foreach (var field in missing.Keys) row.Fail(CsvLayout.ColumnOf(field), "Required before the product can be submitted or published.");
            var changes = ProductDiff.Between(target?.Details, details);
            if (target is { Status: ProductStatus.Archived } && changes.Count > 0) row.Fail(CsvLayout.Id, "An archived product can no longer be edited.");
            plans.Add(new ImportPlan(row, target, details, status, changes));
        }
        await ImportTargets.CheckSkusAsync(db, plans, ct);
        if (rows.SelectMany(r => r.Errors).ToList() is { Count: > 0 } errors) return ImportOutcome.Failed(errors);

        var apply = new ImportApplier(writes, tenantId, admin);
        foreach (var plan in plans) await apply.RowAsync(plan, ct);
        if (rows.SelectMany(r => r.Errors).ToList() is { Count: > 0 } late) return ImportOutcome.Failed(late);
        var saved = await writes.SaveAsync(ct);
        return saved.IsSuccess ? new ImportOutcome(apply.Summary, []) : ImportOutcome.Failed([new RowError(1, "", saved.Error!.Message)]);
    }
}
