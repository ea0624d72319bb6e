using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Categories;

internal sealed record CategoryRequest(Dictionary<string, string?>? Name);

internal sealed record CategoryOrder(IReadOnlyList<Guid>? Ids);

/// <summary>A category as association staff manage it: retired ones included, with counts of products in any status but archived.</summary>
internal sealed record CategoryDto(Guid Id, IReadOnlyDictionary<string, string> Name, int Position, bool Retired, int Products);

/// <summary>The association edits its taxonomy: create, rename per language, reorder, retire when empty, restore.</summary>
internal sealed class ManageCategoriesHandler(CatalogueDb db, ITenantContext tenant)
{
    public async Task<IReadOnlyList<CategoryDto>> List(CancellationToken ct)
    {
        var counts = await InUse().GroupBy(p => p.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
        return [.. categories.OrderBy(c => c.Retired).ThenBy(c => c.Position).ThenBy(c => c.Name.Vi, StringComparer.Ordinal)
            .Select(c => new CategoryDto(c.Id.Value, c.Name.ToDictionary(), c.Position, c.Retired, counts.GetValueOrDefault(c.Id)))];
    }

    public async Task<Result<CategoryDto>> Create(CategoryRequest request, CancellationToken ct)
    {
        if (tenant.TenantId is not { } tenantId) return Error.NotFound("association");
        var position = (await db.Categories.MaxAsync(c => (int?)c.Position, ct) ?? 0) + 1;
        var created = Category.Create(tenantId, LocalizedText.From(request.Name), position);
        if (created.IsFailure) return created.Error!;
        if (await NameTaken(created.Value!.CapacityKey, null, ct)) return NameConflict();
        db.Categories.Add(created.Value!);
        await db.SaveChangesAsync(ct);
        return new CategoryDto(created.Value!.Id.Value, created.Value.Name.ToDictionary(), position, false, 0);
    }

    public async Task<Result<CategoryDto>> Rename(CategoryId id, CategoryRequest request, CancellationToken ct)
    {
        if (await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } category) return Error.NotFound("category");
        var renamed = category.Rename(LocalizedText.From(request.Name));
        if (renamed.IsFailure) return renamed.Error!;
        if (await NameTaken(category.CapacityKey, id, ct)) return NameConflict();
        await db.SaveChangesAsync(ct);
        return await Dto(category, ct);
    }

    /// <summary>The new order as the complete list of this association's category ids.</summary>
    public async Task<Result<IReadOnlyList<CategoryDto>>> Reorder(CategoryOrder order, CancellationToken ct)
    {
        var categories = await db.Categories.ToListAsync(ct);
        var ids = order.Ids ?? [];
        if (ids.Count != categories.Count || ids.Distinct().Count() != ids.Count || !ids.All(id => categories.Any(c => c.Id.Value == id)))
            return Error.Validation("ids", "List every category of this association exactly once, in the new order.");
        for (var i = 0; i < ids.Count; i++) categories.Single(c => c.Id.Value == ids[i]).MoveTo(i + 1);
        await db.SaveChangesAsync(ct);
        return Result.Ok(await List(ct));
    }

    public async Task<Result<CategoryDto>> Retire(CategoryId id, bool retire, CancellationToken ct)
    {
        if (await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } category) return Error.NotFound("category");
        if (retire)
        {
            var retired = category.Retire(await InUse().CountAsync(p => p.CategoryId == id, ct));
            if (retired.IsFailure) return retired.Error!;
        }
        else category.Restore();
        await db.SaveChangesAsync(ct);
        return await Dto(category, ct);
    }

    /// <summary>Archived products no longer hold a category: they are kept only for the record.</summary>
    private IQueryable<Product> InUse() => db.Products.AsNoTracking().Where(p => p.Status != ProductStatus.Archived);

    private Task<bool> NameTaken(string key, CategoryId? except, CancellationToken ct) =>
        db.Categories.AnyAsync(c => c.CapacityKey == key && (except == null || c.Id != except), ct);

    private static Error NameConflict() => Error.Validation("name.vi", "Another category already has this Vietnamese name.");

    private async Task<CategoryDto> Dto(Category c, CancellationToken ct) =>
        new(c.Id.Value, c.Name.ToDictionary(), c.Position, c.Retired, await InUse().CountAsync(p => p.CategoryId == c.Id, ct));
}
