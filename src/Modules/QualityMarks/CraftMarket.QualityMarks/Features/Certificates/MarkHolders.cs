using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// The members certified for a product or its category right now, computed at the call like the
/// badges (a certificate that expired this morning no longer counts, whether or not the expiry job ran).
/// A certificate covers its own products and, for a member who was never certified for this exact
/// product, the category of those products: categories come from the catalogue's published products.
/// </summary>
internal sealed class MarkHolders(QualityMarksDb db, ICatalogue catalogue, TimeProvider clock) : IMarkHolders
{
    public async Task<IReadOnlyDictionary<ProductId, IReadOnlySet<MemberId>>> HoldersAsync(IReadOnlyCollection<ProductId> products, CancellationToken ct)
    {
        var wanted = products.Distinct().ToList();
        var result = wanted.ToDictionary(p => p, _ => (IReadOnlySet<MemberId>)new HashSet<MemberId>());
        if (wanted.Count == 0) return result;
        var now = clock.GetUtcNow();
        var today = RegistryClock.Today(now);
        var (from, until) = (today.AddDays(1), today.AddDays(-1));
        var valid = (await db.Certificates.AsNoTracking()
                .Where(c => c.Status == CertificateStatus.Active && c.IssuedOn <= from && c.ExpiresOn >= until).ToListAsync(ct))
            .Where(c => c.IsValidAt(now)).ToList();
        if (valid.Count == 0) return result;

        var certified = valid.SelectMany(c => c.ProductIds).Select(p => new ProductId(p));
        var categories = (await catalogue.FindPublishedAsync([.. wanted.Concat(certified).Distinct()], ct)).ToDictionary(p => p.Id, p => p.CategoryId);
        foreach (var product in wanted)
        {
            var holders = (HashSet<MemberId>)result[product];
            var category = categories.TryGetValue(product, out var c) ? c : (CategoryId?)null;
            foreach (var certificate in valid)
                if (certificate.ProductIds.Contains(product.Value)
                    || (category is { } same && certificate.ProductIds.Any(p => categories.TryGetValue(new ProductId(p), out var other) && other == same)))
                    holders.Add(certificate.MemberId);
        }
        return result;
    }
}
