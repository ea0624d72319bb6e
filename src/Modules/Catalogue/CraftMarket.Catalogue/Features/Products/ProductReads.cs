using CraftMarket.SharedKernel.Lists;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Products;

/// <summary>
/// Products as their makers and the association read them (any status). Makers see only their
/// own products; staff see the whole catalogue. Another's product answers "not found".
/// </summary>
internal sealed class ProductReads(CatalogueDb db)
{
    public async Task<Result<ProductDto>> Get(ProductId id, MemberId? maker, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || (maker is { } m && !product.IsMadeBy(m))) return Error.NotFound("product");
        return ProductDto.From(product);
    }

    /// <summary>Null <paramref name="maker"/> means the whole catalogue (staff).</summary>
    /// <param name="untranslatedIn">Only products with a Vietnamese text still untranslated into one of these languages (the review queue's "needs translation").</param>
    public async Task<Result<PagedList<ProductRow>>> List(MemberId? maker, ProductStatus? status, int page, int pageSize, CancellationToken ct,
        bool oldestSubmittedFirst = false, IReadOnlyCollection<string>? untranslatedIn = null)
    {
        if (Paging.Check(page, pageSize) is { } invalid) return invalid;
        var products = db.Products.AsNoTracking();
        if (maker is { } m) products = products.Where(p => p.MakerIds.Contains(m.Value));
        if (status is { } s) products = products.Where(p => p.Status == s);
        if (untranslatedIn is not null)
        {
            bool en = untranslatedIn.Contains("en"), fr = untranslatedIn.Contains("fr"), ja = untranslatedIn.Contains("ja");
            products = products.Where(p =>
                (en && (p.NameEn == null || p.Description.En == null || (p.MaterialVi != null && p.MaterialEn == null) || (p.Technique.Vi != "" && p.Technique.En == null)))
                || (fr && (p.NameFr == null || p.Description.Fr == null || (p.MaterialVi != null && p.MaterialFr == null) || (p.Technique.Vi != "" && p.Technique.Fr == null)))
                || (ja && (p.NameJa == null || p.Description.Ja == null || (p.MaterialVi != null && p.MaterialJa == null) || (p.Technique.Vi != "" && p.Technique.Ja == null))));
        }
        var total = await products.CountAsync(ct);
        products = oldestSubmittedFirst
            ? products.OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id)
            : products.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id);
        var rows = await products.Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .Select(p => new
            {
                p.Id, p.Sku, p.NameVi, p.NameEn, p.NameFr, p.NameJa, p.CategoryId, p.Status, p.ReviewComment, p.PriceCurrency, p.BasePriceMinor, p.UpdatedAt, p.SubmittedAt,
                NoEn = p.NameEn == null || p.Description.En == null || (p.MaterialVi != null && p.MaterialEn == null) || (p.Technique.Vi != "" && p.Technique.En == null),
                NoFr = p.NameFr == null || p.Description.Fr == null || (p.MaterialVi != null && p.MaterialFr == null) || (p.Technique.Vi != "" && p.Technique.Fr == null),
                NoJa = p.NameJa == null || p.Description.Ja == null || (p.MaterialVi != null && p.MaterialJa == null) || (p.Technique.Vi != "" && p.Technique.Ja == null),
            })
            .ToListAsync(ct);
        return new PagedList<ProductRow>([.. rows.Select(r => new ProductRow(r.Id.Value, r.Sku, LocalizedText.Dictionary(r.NameVi, r.NameEn, r.NameFr, r.NameJa),
            r.CategoryId.Value, r.Status, r.ReviewComment, VndPrices.Dong(new Money(r.BasePriceMinor, r.PriceCurrency)), r.UpdatedAt, r.SubmittedAt,
            [.. new[] { ("en", r.NoEn), ("fr", r.NoFr), ("ja", r.NoJa) }.Where(l => l.Item2).Select(l => l.Item1)]))], page, pageSize, total);
    }

    public async Task<Result<IReadOnlyList<ChangeDto>>> History(ProductId id, MemberId? maker, CancellationToken ct)
    {
        var exists = await Get(id, maker, ct);
        if (exists.IsFailure) return exists.Error!;
        var changes = await db.Changes.AsNoTracking().Where(c => c.ProductId == id).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(ct);
        return changes.Select(c => new ChangeDto(c.At, c.UserId, c.UserName, c.Action, c.Comment, c.Fields)).ToList();
    }
}
