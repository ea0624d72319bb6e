using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Features.Csv;

/// <summary>Applies checked rows through the same entity methods as the API, as the association admin.</summary>
internal sealed class ImportApplier(ProductWrites writes, TenantId tenantId, Actor admin)
{
    private int created, updated, unchanged;

    public ImportSummary Summary => new(created, updated, unchanged);

    public async Task RowAsync(ImportPlan plan, CancellationToken ct)
    {
        var product = plan.Target;
        var visibility = Visibility.Unchanged;
        if (product is null)
        {
            var made = Product.Create(tenantId, plan.Details, admin, writes.Now);
            if (!Ok(made, plan)) return;
            product = made.Value!;
            writes.Add(product);
            writes.Audit(product, ProductActions.Imported, admin, ProductDiff.Between(null, product.Details));
            created++;
        }
        else if (plan.Changes.Count > 0)
        {
            var edited = product.Edit(plan.Details, admin, writes.Now);
            if (!Ok(edited, plan)) return;
            visibility = edited.Value;
            writes.Audit(product, ProductActions.Imported, admin, plan.Changes);
            updated++;
        }
        else if (plan.Status is null || plan.Status == product.Status)
        {
            unchanged++;
            return;
        }
        else updated++;

        visibility = Max(visibility, Move(product, plan));
        if (await writes.RegisterSkusAsync(product, ct) is { } taken)
        {
            foreach (var (field, messages) in taken.Fields ?? new Dictionary<string, string[]>())
                plan.Row.Fail(CsvLayout.ColumnOf(field), messages[0]);
            return;
        }
        await writes.RefreshCapacityAsync(product, ct);
        await writes.RaiseAsync(product, visibility, ct);
    }

    /// <summary>The status column: publish (through submission, as review would) or archive.</summary>
    private Visibility Move(Product product, ImportPlan plan)
    {
        var before = product.Status;
        if (plan.Status is not { } wanted || wanted == before) return Visibility.Unchanged;
        if (wanted is ProductStatus.Submitted or ProductStatus.Published && before is ProductStatus.Draft or ProductStatus.ChangesRequested)
            if (!Ok(product.Submit(admin, writes.Now), plan)) return Visibility.Unchanged;
        var visibility = Visibility.Unchanged;
        if (wanted == ProductStatus.Published && !Ok(product.Approve(admin, writes.Now), plan)) return Visibility.Unchanged;
        if (wanted == ProductStatus.Published) visibility = Visibility.Published;
        if (wanted == ProductStatus.Archived)
        {
            var archived = product.Archive(admin, writes.Now);
            if (!Ok(archived, plan)) return Visibility.Unchanged;
            visibility = archived.Value;
        }
        writes.Audit(product, ProductActions.Imported, admin, [new FieldChange("status", before.ToString(), product.Status.ToString())]);
        return visibility;
    }

    /// <summary>Withdrawn wins over published: a product archived in the same row must leave the storefront.</summary>
    private static Visibility Max(Visibility a, Visibility b) =>
        a == Visibility.Withdrawn || b == Visibility.Withdrawn ? Visibility.Withdrawn
        : a == Visibility.Published || b == Visibility.Published ? Visibility.Published : Visibility.Unchanged;

    private static bool Ok(Result result, ImportPlan plan)
    {
        if (result.IsSuccess) return true;
        if (result.Error!.Fields is { } fields)
            foreach (var (field, messages) in fields) plan.Row.Fail(CsvLayout.ColumnOf(field), messages[0]);
        else plan.Row.Fail(CsvLayout.Status, result.Error.Message);
        return false;
    }
}
