using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features;

/// <summary>
/// What every product change shares: checks against other rows (category, makers, SKUs), the
/// derived monthly capacity, the audit entry and the integration event, all committed in one
/// SaveChanges with the product itself.
/// </summary>
internal sealed class ProductWrites(CatalogueDb db, ITenantContext tenant, IMemberDirectory members, TimeProvider clock, CatalogueVersions versions)
{
    private bool visibilityChanged;

    public DateTimeOffset Now => clock.GetUtcNow();
    public CatalogueDb Db => db;

    public Task<Product?> FindAsync(ProductId id, CancellationToken ct) => db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Checks what the entity cannot see: the category exists here and is in use, every maker is an active member here.</summary>
    public async Task<Error?> CheckReferencesAsync(ProductDetails details, CategoryId? currentCategory, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == details.CategoryId, ct);
        if (category is null) errors["categoryId"] = ["This category does not exist in this association."];
        else if (category.Retired && category.Id != currentCategory) errors["categoryId"] = ["This category is retired; choose another."];

        var wanted = details.Makers.Distinct().ToList();
        var found = (await members.MakersAsync(wanted, ct)).ToDictionary(m => m.Id);
        var bad = wanted.Where(m => !found.TryGetValue(m, out var maker) || maker.Status != MemberStatus.Active).ToList();
        if (bad.Count > 0) errors["makers"] = [$"Not an active member of this association: {string.Join(", ", bad)}."];
        return errors.Count > 0 ? Error.Validation(errors) : null;
    }

    /// <summary>A form with several mistakes learns of all of them at once, unknown category and makers included.</summary>
    public async Task<Error> WithReferenceErrorsAsync(Error error, ProductDetails raw, CategoryId? currentCategory, CancellationToken ct)
    {
        if (error.Kind != ErrorKind.Validation || error.Fields is null) return error;
        if (await CheckReferencesAsync(raw, currentCategory, ct) is not { Fields: { } more }) return error;
        var merged = new Dictionary<string, string[]>(error.Fields);
        foreach (var (field, messages) in more) merged.TryAdd(field, messages);
        return Error.Validation(merged);
    }

    /// <summary>
    /// Makes the SKU register match the product's SKUs. A SKU held by another product of this
    /// association is refused, naming the field it came from.
    /// </summary>
    public async Task<Error?> RegisterSkusAsync(Product product, CancellationToken ct)
    {
        var wanted = product.AllSkus.ToList();
        var rows = await db.Skus.Where(s => wanted.Contains(s.Sku) || s.ProductId == product.Id).ToListAsync(ct);
        var taken = rows.Where(s => s.ProductId != product.Id).Select(s => s.Sku).ToHashSet(StringComparer.Ordinal);
        if (taken.Count > 0)
        {
            var errors = new Dictionary<string, string[]>();
            if (taken.Contains(product.Sku)) errors["sku"] = [$"SKU {product.Sku} is already used by another product."];
            for (var i = 0; i < product.Variants.Count; i++)
                if (taken.Contains(product.Variants[i].Sku)) errors[$"variants[{i}].sku"] = [$"SKU {product.Variants[i].Sku} is already used by another product."];
            return Error.Validation(errors);
        }
        var mine = rows.Where(s => s.ProductId == product.Id).ToList();
        db.Skus.RemoveRange(mine.Where(s => !wanted.Contains(s.Sku)));
        foreach (var sku in wanted.Where(w => mine.All(s => s.Sku != w))) db.Skus.Add(new ProductSku(product.TenantId, sku, product.Id));
        return null;
    }

    /// <summary>Recomputes capacity from the makers' declarations (ADR 0009); kept on the row for the snapshot.</summary>
    public async Task<Category?> RefreshCapacityAsync(Product product, CancellationToken ct)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == product.CategoryId, ct);
        var makers = await members.MakersAsync([.. product.MakerIds.Select(m => new MemberId(m))], ct);
        product.SetMonthlyCapacity(MakerCapacity.For(category, makers));
        return category;
    }

    public void Audit(Product product, string action, Actor actor, IEnumerable<FieldChange>? fields = null, string? comment = null) =>
        db.Changes.Add(ProductChange.Record(product, action, actor, Now, fields, comment));

    /// <summary>Search, media and the storefront learn of visibility changes only through these events.</summary>
    public async Task RaiseAsync(Product product, Visibility visibility, CancellationToken ct)
    {
        if (visibility != Visibility.Unchanged) visibilityChanged = true;
        if (visibility == Visibility.Published) RaisePublished(product, await RefreshCapacityAsync(product, ct));
        else if (visibility == Visibility.Withdrawn) RaiseWithdrawn(product);
    }

    /// <summary>For callers that already hold the category and refreshed the capacity (the demo seeder).</summary>
    public void RaisePublished(Product product, Category? category)
    {
        visibilityChanged = true;
        db.Outbox.Add(new ProductPublished(Guid.CreateVersion7(), product.TenantId, ProductSnapshot.From(product, category, tenant.Slug ?? "")), clock);
    }

    public void RaiseWithdrawn(Product product)
    {
        visibilityChanged = true;
        db.Outbox.Add(new ProductWithdrawn(Guid.CreateVersion7(), product.TenantId, product.Id), clock);
    }

    /// <summary>State, SKU register, audit entry and event in one transaction; a SKU race loses with a 409.</summary>
    public async Task<Result> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            // After commit: cached listing counts of this village are now out of date.
            if (visibilityChanged && tenant.TenantId is { } changed) versions.Bump(changed);
            visibilityChanged = false;
            return Result.Ok();
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<ProductSku>().Any(e => e.State == EntityState.Added))
        {
            return Error.Conflict("sku_taken", "One of the SKUs was taken by another product at the same moment; try again.");
        }
    }
}
