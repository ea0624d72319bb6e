using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// The storefront's badges, computed when the page is rendered: a certificate counts while it is
/// active and within its dates at this moment (Vietnam's calendar), so a mark disappears at expiry
/// even before the expiry job recorded it. Kept pages are dropped by every certificate change and by
/// the job's record of an expiry (ADR 0039). Only the current association's rows are read.
/// </summary>
internal sealed class QualityMarkBadges(QualityMarksDb db, TimeProvider clock) : IQualityMarkBadges
{
    private List<Certificate>? valid;

    public async Task<IReadOnlyDictionary<ProductId, IReadOnlyList<MarkBadge>>> ForProductsAsync(
        IReadOnlyCollection<ProductId> products, string language, CancellationToken ct)
    {
        var wanted = products.Select(p => p.Value).ToHashSet();
        var certificates = (await ValidNowAsync(ct)).Where(c => c.ProductIds.Any(wanted.Contains)).ToList();
        var result = new Dictionary<ProductId, IReadOnlyList<MarkBadge>>();
        if (certificates.Count == 0) return result;
        var schemes = await SchemesAsync(certificates, ct);
        foreach (var product in wanted)
        {
            var badges = Badges(certificates.Where(c => c.ProductIds.Contains(product)), schemes, language);
            if (badges.Count > 0) result[new ProductId(product)] = badges;
        }
        return result;
    }

    public async Task<IReadOnlySet<ProductId>> MarkedProductsAsync(CancellationToken ct) =>
        (await ValidNowAsync(ct)).SelectMany(c => c.ProductIds).Select(p => new ProductId(p)).ToHashSet();

    public async Task<MemberCredentials> ForMemberAsync(MemberId member, string language, CancellationToken ct)
    {
        var certificates = (await ValidNowAsync(ct)).Where(c => c.MemberId == member).ToList();
        var marks = certificates.Count == 0 ? [] : Badges(certificates, await SchemesAsync(certificates, ct), language);
        var others = await HeldAsync([member], ct);
        return marks.Count == 0 && others.Count == 0 ? MemberCredentials.None : new MemberCredentials(marks, others);
    }

    public Task<IReadOnlyList<HeldCertificate>> CertificatesOfMakersAsync(IReadOnlyCollection<MemberId> makers, CancellationToken ct) =>
        makers.Count == 0 ? Task.FromResult<IReadOnlyList<HeldCertificate>>([]) : HeldAsync(makers, ct);

    private async Task<IReadOnlyList<HeldCertificate>> HeldAsync(IReadOnlyCollection<MemberId> members, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var wanted = members.Distinct().ToList();
        var rows = await db.OtherCertificates.AsNoTracking().Where(o => wanted.Contains(o.MemberId) && !o.Withdrawn).ToListAsync(ct);
        return [.. rows.OrderBy(o => o.Kind, StringComparer.Ordinal).ThenBy(o => o.Number, StringComparer.Ordinal)
            .Select(o => new HeldCertificate(o.Kind, o.Issuer, o.Number, o.ExpiresOn, o.IsExpiredAt(now)))];
    }

    private static List<MarkBadge> Badges(IEnumerable<Certificate> certificates, IReadOnlyDictionary<MarkSchemeId, MarkScheme> schemes, string language) =>
        [.. certificates
            .Where(c => schemes.ContainsKey(c.SchemeId))
            // One badge per mark: the certificate that runs longest speaks for it.
            .GroupBy(c => c.SchemeId).Select(g => g.OrderByDescending(c => c.ExpiresOn).First())
            .OrderBy(c => c.Number, StringComparer.Ordinal)
            .Select(c =>
            {
                var scheme = schemes[c.SchemeId];
                var (name, nameLanguage) = scheme.Name.Pick(language);
                return new MarkBadge(scheme.Id, name, nameLanguage, scheme.ImageFileId is null ? null : $"/quality/schemes/{scheme.Id}/image",
                    c.Number, c.ExpiresOn, $"/registry/certificates/{Uri.EscapeDataString(c.Number)}");
            })];

    private async Task<IReadOnlyDictionary<MarkSchemeId, MarkScheme>> SchemesAsync(List<Certificate> certificates, CancellationToken ct)
    {
        var ids = certificates.Select(c => c.SchemeId).Distinct().ToList();
        return await db.Schemes.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
    }

    /// <summary>The association's certificates valid at this moment; read once per request.</summary>
    private async Task<List<Certificate>> ValidNowAsync(CancellationToken ct)
    {
        if (valid is not null) return valid;
        var now = clock.GetUtcNow();
        var today = RegistryClock.Today(now);
        // A day's margin each side, then the exact instant: Vietnam's midnight decides, not the database's date.
        var (from, until) = (today.AddDays(1), today.AddDays(-1));
        var rows = await db.Certificates.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Active && c.IssuedOn <= from && c.ExpiresOn >= until).ToListAsync(ct);
        return valid = [.. rows.Where(c => c.IsValidAt(now))];
    }
}
