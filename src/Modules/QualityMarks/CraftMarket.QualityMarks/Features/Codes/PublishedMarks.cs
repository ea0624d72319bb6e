using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>
/// What an offline verifier downloads (ADR 0040): the public keys and schemes of the association a
/// village host serves, or of every active association on the platform host, and each association's
/// signed revocation list. Public data only: no private key, product, member or reason.
/// </summary>
internal sealed class PublishedMarks(QualityMarksDb db, ITenantContext tenant, ITenantDirectory directory, AssociationKeys keys, VillageSite sites, TimeProvider clock)
{
    public const string DocumentFormat = "craftmarket-marks/1";
    public const string MarksPath = "/.well-known/craftmarket/marks.json";
    public static string RevocationsPath(string slug) => $"/.well-known/craftmarket/revocations/{slug}.json";

    private static readonly CrossTenantReason PublicKeys = new("platform host: every active association's public keys, schemes and revocations for offline verification (public data)");

    public async Task<MarksDocument> MarksAsync(HttpRequest request, CancellationToken ct)
    {
        if (directory.SettingsOf(tenant) is { } here)
        {
            var site = sites.Of(request, here);
            var ownKeys = await db.Keys.AsNoTracking().ToListAsync(ct);
            var ownSchemes = await db.Schemes.AsNoTracking().ToListAsync(ct);
            return Document([Association(here, site, site, ownKeys, ownSchemes)]);
        }
        var villages = directory.All.Where(t => t.IsActive).ToList();
        // A few keys and schemes per association: read them all, keep the active associations'.
        var allKeys = await db.AcrossAllTenants<SigningKey>(PublicKeys).ToListAsync(ct);
        var allSchemes = await db.AcrossAllTenants<MarkScheme>(PublicKeys).ToListAsync(ct);
        var platform = sites.Platform(request);
        return Document([.. villages.OrderBy(v => v.Slug, StringComparer.Ordinal).Select(v => Association(v, sites.Of(request, v), platform,
            [.. allKeys.Where(k => k.TenantId == v.Id)], [.. allSchemes.Where(s => s.TenantId == v.Id)]))]);
    }

    /// <summary>
    /// The association's signed list, or null when this host does not serve it (another village's
    /// host, an unknown or suspended association) or when it has no key yet (so no code exists).
    /// </summary>
    public async Task<RevocationListDocument?> RevocationsAsync(string slug, CancellationToken ct)
    {
        if (directory.FindBySlug(slug) is not { IsActive: true } village) return null;
        var here = directory.SettingsOf(tenant);
        if (here is not null && here.Id != village.Id) return null;
        var own = here is not null;

        var keyRows = own ? db.Keys.AsNoTracking() : db.AcrossAllTenants<SigningKey>(PublicKeys).Where(k => k.TenantId == village.Id);
        if (await keyRows.Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).FirstOrDefaultAsync(ct) is not { } signer) return null;

        var batchRows = own ? db.Batches.AsNoTracking() : db.AcrossAllTenants<LabelBatch>(PublicKeys).Where(b => b.TenantId == village.Id);
        var rangeRows = own ? db.Revocations.AsNoTracking() : db.AcrossAllTenants<CodeRevocation>(PublicKeys).Where(r => r.TenantId == village.Id);
        var ranges = await rangeRows.Select(r => new { r.BatchId, r.FirstSerial, r.LastSerial }).ToListAsync(ct);
        var batches = await batchRows.Where(b => b.RevokedAt != null || rangeRows.Any(r => r.BatchId == b.Id))
            .Select(b => new { b.Id, b.KeyId, b.Number, Whole = b.RevokedAt != null }).ToListAsync(ct);

        var revoked = batches.OrderBy(b => b.KeyId).ThenBy(b => b.Number).Select(b => new RevokedBatch(b.KeyId, b.Number, b.Whole, b.Whole ? [] :
            RevocationList.Merge(ranges.Where(r => r.BatchId == b.Id).Select(r => new SerialRange(r.FirstSerial, r.LastSerial))))).ToList();
        var now = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        var list = new RevocationList(village.Slug, now, now + RevocationList.Lifetime, signer.KeyId, revoked);
        return RevocationListDocument.From(list, keys.SignRaw(signer, list.Canonical()));
    }

    private MarksDocument Document(IReadOnlyList<AssociationMarks> associations) => new(
        DocumentFormat, RevocationList.Time(clock.GetUtcNow()),
        new ItemCodeFormat(ItemCode.FormatVersion, "Ed25519", System.Text.Encoding.ASCII.GetString(ItemCode.Context), ItemCode.TokenLength, "/verify/{token}"),
        new RevocationFormat(RevocationList.Format, RevocationList.Context, (int)RevocationList.Lifetime.TotalSeconds),
        associations);

    private static AssociationMarks Association(ResolvedTenant village, string site, string listHost, List<SigningKey> keyRows, List<MarkScheme> schemes) => new(
        village.Slug,
        new Dictionary<string, string>(StringComparer.Ordinal) { ["vi"] = village.NameVi, ["en"] = village.NameEn },
        site,
        [.. schemes.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new PublishedScheme(s.Code, s.Name.ToDictionary(), s.Retired))],
        [.. keyRows.OrderBy(k => k.CreatedAt).Select(k => new PublishedKey(k.KeyId, "Ed25519", Base64Url.Encode(k.PublicKey),
            k.Signs ? "active" : "retired", RevocationList.Time(k.CreatedAt), k.RetiredAt is { } r ? RevocationList.Time(r) : null))],
        ItemCode.FormatVersion,
        keyRows.Count > 0 ? listHost + RevocationsPath(village.Slug) : null);
}

/// <summary>GET /.well-known/craftmarket/marks.json.</summary>
internal sealed record MarksDocument(string Format, string GeneratedAt, ItemCodeFormat ItemCode, RevocationFormat RevocationListFormat, IReadOnlyList<AssociationMarks> Associations);

/// <summary>How to read a token: see docs/quality-marks-offline-verification.md. <see cref="VerifyPath"/> is relative to the association's site.</summary>
internal sealed record ItemCodeFormat(int Version, string Algorithm, string SignatureContext, int TokenLength, string VerifyPath);

internal sealed record RevocationFormat(string Format, string SignatureContext, int LifetimeSeconds);

internal sealed record AssociationMarks(string Slug, IReadOnlyDictionary<string, string> Name, string Site, IReadOnlyList<PublishedScheme> Schemes,
    IReadOnlyList<PublishedKey> Keys, int ItemCodeVersion, string? RevocationList);

internal sealed record PublishedScheme(string Code, IReadOnlyDictionary<string, string> Name, bool Retired);

internal sealed record PublishedKey(long KeyId, string Algorithm, string PublicKey, string Status, string Created, string? Retired);
