using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Members.Contracts;
using CraftMarket.Notifications.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features;

/// <summary>
/// Every write of a product goes through here, so its rules are kept in one order: checks against
/// other rows (category, makers, SKUs), the derived monthly capacity, the audit entry and the
/// integration event, committed in one SaveChanges with the product itself. A command makes one
/// call (<see cref="CreateAsync"/>, <see cref="EditAsync"/>, <see cref="MoveAsync"/>); a batch (CSV
/// import, demo data) stages many products with the lower-level steps and commits once with
/// <see cref="SaveAsync"/>. The DbContext is never handed out.
/// </summary>
internal sealed class ProductWrites(CatalogueDb db, ITenantContext tenant, IMemberDirectory members, TimeProvider clock, CatalogueVersions versions)
{
    private bool visibilityChanged;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>A producer (for their own member) or the association starts a product as a draft.</summary>
    public async Task<Result<Product>> CreateAsync(ProductDetails details, Actor actor, CancellationToken ct)
    {
        if (tenant.TenantId is not { } tenantId) return Error.NotFound("association");
        var created = Product.Create(tenantId, details, actor, Now);
        if (created.IsFailure) return await WithReferenceErrorsAsync(created.Error!, details, null, ct);
        var product = created.Value!;
        if (await CheckReferencesAsync(product.Details, null, ct) is { } invalid) return invalid;
        if (await RegisterSkusAsync(product, ct) is { } taken) return taken;
        await RefreshCapacityAsync(product, ct);
        Add(product);
        Audit(product, ProductActions.Created, actor, ProductDiff.Between(null, product.Details));
        return await Committed(product, ct);
    }

    /// <summary>
    /// Edits a product as a whole (<paramref name="requested"/> builds the new details from the current
    /// ones). A maker's edit of a published product takes it back to review (ProductWithdrawn); an
    /// association admin's keeps it live (ProductPublished).
    /// </summary>
    public Task<Result<Product>> EditAsync(ProductId id, Actor actor, Func<ProductDetails, ProductDetails> requested, CancellationToken ct) =>
        EditAsync(id, actor, requested, null, ct);

    /// <param name="alsoStage">What else commits with a successful edit (the translation memory's entries).</param>
    public async Task<Result<Product>> EditAsync(ProductId id, Actor actor, Func<ProductDetails, ProductDetails> requested,
        Func<Product, Task>? alsoStage, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } product || !product.IsVisibleTo(actor)) return Error.NotFound("product");
        var before = product.Details;
        var details = requested(before);
        var edited = product.Edit(details, actor, Now);
        if (edited.IsFailure) return await WithReferenceErrorsAsync(edited.Error!, details, before.CategoryId, ct);
        if (await CheckReferencesAsync(product.Details, before.CategoryId, ct) is { } invalid) return invalid;
        if (await RegisterSkusAsync(product, ct) is { } taken) return taken;
        await RefreshCapacityAsync(product, ct);

        var changes = ProductDiff.Between(before, product.Details);
        if (edited.Value == Visibility.Withdrawn)
            changes.Add(new FieldChange("status", nameof(ProductStatus.Published), nameof(ProductStatus.Submitted)));
        Audit(product, ProductActions.Edited, actor, changes);
        await RaiseAsync(product, edited.Value, ct);
        if (alsoStage is not null) await alsoStage(product);
        return await Committed(product, ct);
    }

    /// <summary>One step of review (<paramref name="step"/> is the entity's method): audited with its status change, raising what visibility calls for.</summary>
    public async Task<Result<Product>> MoveAsync(ProductId id, Actor actor, string action, string? comment,
        Func<Product, Result<Visibility>> step, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } product || !product.IsVisibleTo(actor)) return Error.NotFound("product");
        var before = product.Status;
        var moved = step(product);
        if (moved.IsFailure) return moved.Error!;
        Audit(product, action, actor, [new FieldChange("status", before.ToString(), product.Status.ToString())], comment);
        await RaiseAsync(product, moved.Value, ct);
        return await Committed(product, ct);
    }

    private Task<Product?> FindAsync(ProductId id, CancellationToken ct) => db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);

    private async Task<Result<Product>> Committed(Product product, CancellationToken ct)
    {
        var saved = await SaveAsync(ct);
        return saved.IsSuccess ? product : saved.Error!;
    }

    /// <summary>Stages a new product (a batch's); its SKUs still need <see cref="RegisterSkusAsync"/>.</summary>
    public void Add(Product product) => db.Products.Add(product);

    /// <summary>Stages a new product whose SKUs are unique by construction (demo data): no register lookup per product.</summary>
    public void AddWithUncheckedSkus(Product product)
    {
        foreach (var sku in product.AllSkus) db.Skus.Add(new ProductSku(product.TenantId, sku, product.Id));
        db.Products.Add(product);
    }

    /// <summary>Checks what the entity cannot see: the category exists here and is in use, every maker is an active member here.</summary>
    private async Task<Error?> CheckReferencesAsync(ProductDetails details, CategoryId? currentCategory, CancellationToken ct)
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
    private async Task<Error> WithReferenceErrorsAsync(Error error, ProductDetails raw, CategoryId? currentCategory, CancellationToken ct)
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

    /// <summary>
    /// Tells every maker household of <paramref name="product"/> something in Vietnamese (what households
    /// read), through the notification centre (in-app, and SMS by their preferences), committed with the change.
    /// </summary>
    public void TellMakers(Product product, string title, string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = title, ["text"] = text };
        foreach (var maker in product.MakerIds)
            db.Outbox.Add(new NotificationRequested(Guid.CreateVersion7(), product.TenantId, new NotificationRecipient(MemberId: maker),
                "notice", values, $"/account/products/{product.Id.Value}", Now), clock);
    }

    /// <summary>Commits what was staged: state, SKU register, audit entries and events in one transaction; a SKU race loses with a 409.</summary>
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
