using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>
/// A code its association signed, judged in that association's own scope (a fresh one: the request
/// may be on another village's host or the platform's, whose tenant context is already set): revoked,
/// the certificate's state, clones; the scan is logged; then what a buyer sees of the item.
/// Precedence: revoked, then the certificate, then suspicious, then genuine (ADR 0042).
/// </summary>
internal sealed class ItemJudgement(IServiceScopeFactory scopes, ITenantContext requestTenant, ScanHashKey hashKey,
    IOptions<VerificationOptions> options, TimeProvider clock)
{
    public async Task<Verification> JudgeAsync(ResolvedTenant village, LabelBatch batch, int serial, HttpContext http, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(village.Id, village.Slug);
        var db = scope.ServiceProvider.GetRequiredService<QualityMarksDb>();
        var now = clock.GetUtcNow();

        var revoked = batch.RevokedAt is not null
            || await db.Revocations.AnyAsync(r => r.BatchId == batch.Id && r.FirstSerial <= serial && r.LastSerial >= serial, ct);
        // Certificates are never deleted; a batch without one would be a broken row, and nobody vouches for it.
        if (await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == batch.CertificateId, ct) is not { } issuedUnder)
            return Verification.NotGenuine;
        var shown = issuedUnder.IsValidAt(now) ? issuedUnder : await RenewalAsync(db, issuedUnder, batch.ProductId, now, ct) ?? issuedUnder;
        var certificateStatus = CertificateState(shown, now);

        var facts = ScanFacts.Of(http, await hashKey.GetAsync(ct));
        db.Scans.Add(new VerificationScan(village.Id, batch.Id, serial, now, facts.NetworkHash, facts.Country, facts.AgentFamily));
        await db.SaveChangesAsync(ct);
        var firstSeen = await CloneSinceAsync(db, batch, serial, now, ct);

        var status = revoked ? VerifyStatus.Revoked
            : certificateStatus switch
            {
                "expired" => VerifyStatus.CertificateExpired,
                "suspended" => VerifyStatus.CertificateSuspended,
                "revoked" => VerifyStatus.CertificateRevoked,
                _ => firstSeen is not null ? VerifyStatus.Suspicious : VerifyStatus.Genuine,
            };
        var item = await DescribeAsync(scope.ServiceProvider, db, village, batch, shown, certificateStatus, ct);
        return new Verification(status, item with { FirstSeen = status == VerifyStatus.Suspicious ? firstSeen : null });
    }

    /// <summary>A newer valid certificate of the same scheme covering the product (a renewal): the product still carries the mark.</summary>
    private static async Task<Certificate?> RenewalAsync(QualityMarksDb db, Certificate old, Guid product, DateTimeOffset now, CancellationToken ct)
    {
        var today = RegistryClock.Today(now);
        var candidates = await db.Certificates.AsNoTracking()
            .Where(c => c.SchemeId == old.SchemeId && c.Id != old.Id && c.Status == CertificateStatus.Active && c.ExpiresOn >= today && c.IssuedOn >= old.IssuedOn)
            .ToListAsync(ct);
        return candidates.Where(c => c.ProductIds.Contains(product) && c.IsValidAt(now)).OrderByDescending(c => c.ExpiresOn).FirstOrDefault();
    }

    /// <summary>What buyers read: valid, expired, suspended or revoked (a suspension or revocation wins over the date; the reason stays with staff).</summary>
    public static string CertificateState(Certificate certificate, DateTimeOffset now) => certificate.Status switch
    {
        CertificateStatus.Suspended => "suspended",
        CertificateStatus.Revoked => "revoked",
        _ when certificate.IsValidAt(now) => "valid",
        _ => "expired",
    };

    /// <summary>The code's first scan, when more networks than the threshold have scanned it within the window; otherwise null.</summary>
    private async Task<DateOnly?> CloneSinceAsync(QualityMarksDb db, LabelBatch batch, int serial, DateTimeOffset now, CancellationToken ct)
    {
        var clones = options.Value.Clones;
        var since = now - clones.Window;
        var networks = await db.Scans.Where(s => s.BatchId == batch.Id && s.Serial == serial && s.At >= since)
            .Select(s => s.NetworkHash).Distinct().CountAsync(ct);
        if (networks <= clones.DistinctNetworks) return null;
        var first = await db.Scans.Where(s => s.BatchId == batch.Id && s.Serial == serial).OrderBy(s => s.At).Select(s => s.At).FirstAsync(ct);
        return RegistryClock.Today(first);
    }

    private async Task<VerifiedItem> DescribeAsync(IServiceProvider services, QualityMarksDb db, ResolvedTenant village, LabelBatch batch,
        Certificate certificate, string certificateStatus, CancellationToken ct)
    {
        var language = Ui.Language;
        var productId = new ProductId(batch.ProductId);
        var products = await services.GetRequiredService<ICatalogue>().FindPublishedAsync([productId], ct);
        var product = products.Count > 0 ? products[0] : null;
        var photo = product is null || services.GetService<IProductPhotos>() is not { } photos ? null
            : (await photos.ForProductsAsync([productId], ct)).GetValueOrDefault(productId)?.Cover;
        var makers = await services.GetRequiredService<IMemberDirectory>().MakersAsync([certificate.MemberId], ct);
        var maker = makers.Count > 0 ? makers[0] : null;
        var scheme = await db.Schemes.AsNoTracking().FirstAsync(s => s.Id == certificate.SchemeId, ct);
        var (markName, markLanguage) = scheme.Name.Pick(language);
        return new VerifiedItem(
            village,
            IssuedHere: requestTenant.TenantId == village.Id,
            product is null ? null : Localized.Pick(product.Name, language),
            photo,
            maker is { IsPubliclyListed: true } ? maker.DisplayName : null,
            new Localized(markName, markLanguage),
            scheme.Id,
            scheme.ImageFileId is not null,
            certificate.Number,
            certificate.IssuedOn,
            certificate.ExpiresOn,
            certificateStatus,
            batch.IssuedOn,
            FirstSeen: null);
    }
}
