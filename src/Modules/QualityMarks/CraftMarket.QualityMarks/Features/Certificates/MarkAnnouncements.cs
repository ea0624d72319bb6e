using CraftMarket.Catalogue.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// Raises <see cref="ProductQualityMarkChanged"/> for each product whose "carries a valid mark" state
/// changed with one certificate's change, over ALL the association's certificates: a product another
/// announced certificate still covers stays granted and gets no event. The state followed is the
/// announced one (<see cref="Certificate.IsAnnouncedValid"/>), so a grant, a suspension, an expiry each
/// raise their events once, in the caller's SaveChanges (the outbox commits with the change).
/// </summary>
internal static class MarkAnnouncements
{
    public static async Task AnnounceAsync(QualityMarksDb db, TimeProvider clock, Certificate changed, bool wasAnnounced, CancellationToken ct)
    {
        var isAnnounced = changed.IsAnnouncedValid;
        if (wasAnnounced == isAnnounced) return;
        var others = await db.Certificates.AsNoTracking()
            .Where(c => c.Id != changed.Id && c.Status == CertificateStatus.Active && c.StartRecordedAt != null && c.ExpiryRecordedAt == null)
            .Select(c => c.ProductIds).ToListAsync(ct);
        var coveredElsewhere = others.SelectMany(p => p).ToHashSet();
        foreach (var product in changed.ProductIds.Distinct().Where(p => !coveredElsewhere.Contains(p)))
            db.Outbox.Add(new ProductQualityMarkChanged(Guid.CreateVersion7(), changed.TenantId, new ProductId(product), isAnnounced), clock);
    }
}
