using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Tests.Support;

/// <summary>A certificate as a test needs it, with the ids a test asserts on.</summary>
public sealed record GivenCertificate(Guid CertificateId, string Number, Guid SchemeId, Guid ProductId, Guid MemberId, string Slug);

/// <summary>
/// Registry records written straight to the database, for tests of what comes after them (codes,
/// verification, badges, the public registry): a scheme with one version, an application and a
/// certificate for a published demo product of the village and its maker. Each call makes a new
/// scheme and certificate, so tests never share state; <paramref name="product"/> picks which
/// published product (by position), so two tests can certify different ones.
/// </summary>
public static class RegistryGiven
{
    internal static async Task<GivenCertificate> CertificateAsync(QualityMarksSite site, string slug, int product = 0,
        DateOnly? issuedOn = null, DateOnly? expiresOn = null, CertificateStatus status = CertificateStatus.Active, string? reason = null,
        MemberId? member = null)
    {
        await using var scope = site.ScopeFor(slug);
        var db = QualityMarksSite.Db(scope);
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
        var published = new List<PublishedProduct>();
        await foreach (var p in catalogue.PublishedAsync(CancellationToken.None))
            if (p.Makers.Count > 0) published.Add(p);
        var chosen = published.OrderBy(p => p.Id.Value).ElementAt(product % published.Count);
        // A given member (e.g. a fresh id no other certificate names), else the product's first maker.
        var holder = member ?? chosen.Makers[0];

        var now = DateTimeOffset.UtcNow;
        var today = RegistryClock.Today(now);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var scheme = new MarkScheme(MarkSchemeId.New(), db.Tenant, "test-" + unique,
            new Translations("Dấu thử " + unique, "Test mark " + unique), new Translations("Mô tả", "Description"), [], 24, now)
        { CurrentVersion = 1 };
        db.Schemes.Add(scheme);
        db.SchemeVersions.Add(new MarkSchemeVersion(db.Tenant, scheme.Id, 1,
            [new Criterion("origin", new Translations("Đất sét Bát Tràng", "Bat Trang clay"), CriterionKind.RawMaterialOrigin, new Translations("Hóa đơn"))],
            now, "test"));
        var application = new MarkApplication(MarkApplicationId.New(), db.Tenant, scheme.Id, 1, holder, [chosen.Id.Value], "", now)
        { Status = ApplicationStatus.Granted, SubmittedAt = now, DecidedAt = now };
        db.Applications.Add(application);
        var certificate = new Certificate(CertificateId.New(), db.Tenant, "T-" + unique.ToUpperInvariant(), scheme.Id, 1, holder,
            [chosen.Id.Value], application.Id, null, issuedOn ?? today.AddMonths(-1), expiresOn ?? today.AddMonths(23))
        { Status = status, StatusReason = reason };
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync();
        return new GivenCertificate(certificate.Id.Value, certificate.Number, scheme.Id.Value, chosen.Id.Value, holder.Value, slug);
    }

    /// <summary>Reads a certificate back, untracked.</summary>
    internal static async Task<Certificate> ReadAsync(QualityMarksSite site, GivenCertificate given)
    {
        await using var scope = site.ScopeFor(given.Slug);
        return await QualityMarksSite.Db(scope).Certificates.AsNoTracking().SingleAsync(c => c.Id == new CertificateId(given.CertificateId));
    }

    internal static MemberId Member(this GivenCertificate given) => new(given.MemberId);
}
