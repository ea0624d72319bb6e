using System.Security.Cryptography;
using System.Text;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace CraftMarket.QualityMarks.Seeding;

/// <summary>
/// The registry's demo: Bat Trang's and Van Phuc's marks (Bat Trang's in two versions), members'
/// products certified in every state (valid, expiring within 30 days, expired, suspended, revoked),
/// other certificates, each village's key imported from a fixed demo seed, label batches (one
/// genuine, one revoked, one per troubled certificate), a revoked single code and a cloned code's
/// scans. After Catalogue (40) and Media (50): it certifies demo products, picked by SKU line
/// (the first published product of a line, in SKU order), and members, by display name. Runs once
/// per association: a village that already has the mark is left alone.
/// </summary>
internal sealed class QualityMarksDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    public const string Actor = "demo";

    public int Order => 60;

    internal enum State { Valid, Expiring, Expired, Suspended, Revoked }

    /// <summary>One certificate: which product (first published of the SKU line), its state, scheme version and label batch.</summary>
    internal sealed record Planned(string Line, State State, int Version, uint? Batch = null, int Quantity = 0, LabelSize Size = LabelSize.Small);

    internal static readonly IReadOnlyList<Planned> BatTrang =
    [
        new("VAS", State.Valid, 1, DemoCodes.Genuine, 120),
        new("TEA", State.Valid, 2),
        new("CUP", State.Valid, 2),
        new("POT", State.Expiring, 1, DemoCodes.CertificateExpiring, 60),
        new("STA", State.Expired, 1, DemoCodes.CertificateExpired, 20, LabelSize.HangTag),
        new("BOW", State.Suspended, 1, DemoCodes.CertificateSuspended, 100),
        new("PLA", State.Revoked, 1, DemoCodes.CertificateRevoked, 100),
    ];

    internal static readonly IReadOnlyList<Planned> VanPhuc =
    [
        new("SCF", State.Valid, 1, 1, 80, LabelSize.HangTag),
        new("FAB", State.Valid, 1),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var lookup = scopes.CreateAsyncScope();
        if (lookup.ServiceProvider.GetService<ITenantDirectory>() is not { } tenants) return;
        if (tenants.FindBySlug("bat-trang") is { } batTrang) await SeedTenantAsync(batTrang.Id, "bat-trang", DemoSchemes.BatTrang, BatTrang, ct);
        if (tenants.FindBySlug("van-phuc") is { } vanPhuc) await SeedTenantAsync(vanPhuc.Id, "van-phuc", DemoSchemes.VanPhuc, VanPhuc, ct);
    }

    /// <summary>One association in its own scope (tenant filter and write guard apply as in a request); false when already seeded or nothing to certify.</summary>
    public async Task<bool> SeedTenantAsync(TenantId tenant, string slug, DemoSchemes.Plan plan, IReadOnlyList<Planned> certificates, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, slug);
        var db = scope.ServiceProvider.GetRequiredService<QualityMarksDb>();
        if (await db.Schemes.AnyAsync(s => s.Code == plan.Code, ct)) return false;
        if (scope.ServiceProvider.GetService<ICatalogue>() is not { } catalogue || scope.ServiceProvider.GetService<IMemberDirectory>() is not { } members)
            return false;
        var published = new List<PublishedProduct>();
        await foreach (var product in catalogue.PublishedAsync(ct))
            if (product.Makers.Count > 0) published.Add(product);
        if (published.Count == 0) return false;

        // The key first: importing saves, and a rerun after a crash must find this key rather than add a second one.
        var key = await DemoKeyAsync(db, scope.ServiceProvider.GetRequiredService<AssociationKeys>(), slug, ct);
        var now = clock.GetUtcNow();
        var today = RegistryClock.Today(now);
        var writer = new Writer(db, tenant, now, today, clock);
        var scheme = writer.Scheme(plan);
        for (var i = 0; i < certificates.Count; i++)
        {
            var planned = certificates[i];
            var product = published.Where(p => p.Sku.StartsWith($"{SkuPrefix(slug)}-{planned.Line}-", StringComparison.Ordinal))
                .OrderBy(p => p.Sku, StringComparer.Ordinal).FirstOrDefault()
                ?? throw new InvalidOperationException($"Demo registry for {slug}: no published {planned.Line} product.");
            var certificate = writer.Certify(scheme, plan, planned, product, i + 1);
            if (planned.Batch is { } number) writer.Batch(number, certificate, product, key, planned.Quantity, planned.Size);
        }
        if (slug == "bat-trang") writer.TroubledLabels(key.KeyId);
        foreach (var other in OtherCertificates(slug, today))
        {
            var member = (await members.ListAsync(ct)).FirstOrDefault(m => m.DisplayName == other.Member)
                ?? throw new InvalidOperationException($"Demo registry for {slug}: no member {other.Member}.");
            writer.Other(member.Id, other);
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    internal static string SkuPrefix(string slug) => slug switch { "bat-trang" => "BT", "van-phuc" => "VP", _ => "DK" };

    private async Task<SigningKey> DemoKeyAsync(QualityMarksDb db, AssociationKeys keys, string slug, CancellationToken ct)
    {
        var seed = DemoKeys.PrivateKeyFor(slug);
        using var imported = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey);
        var publicKey = imported.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        var existing = (await db.Keys.ToListAsync(ct)).FirstOrDefault(k => k.PublicKey.AsSpan().SequenceEqual(publicKey));
        if (existing is not null) return existing;
        var key = await keys.ImportAsync(seed, ct);
        db.Record(clock.GetUtcNow(), Actor, "key", key.Id, "created", $"key {key.KeyId} (demo key, imported from a published seed)");
        await db.SaveChangesAsync(ct);
        return key;
    }

    internal sealed record OtherPlan(string Member, string Kind, string Issuer, string Number, DateOnly IssuedOn, DateOnly ExpiresOn);

    internal static IReadOnlyList<OtherPlan> OtherCertificates(string slug, DateOnly today) => slug switch
    {
        "bat-trang" =>
        [
            new("Công ty TNHH Gốm sứ Minh Hải", "ISO 9001:2015", "Bureau Veritas Certification Việt Nam", "VN-QMS-25-0412",
                today.AddMonths(-10), today.AddMonths(26)),
            // Expiring soon: the 30-day reminder is due.
            new("HTX Gốm Bát Tràng Xanh", "WFTO Guaranteed Fair Trade", "World Fair Trade Organization", "WFTO-VN-0193",
                today.AddDays(21).AddYears(-3), today.AddDays(21)),
        ],
        "van-phuc" =>
        [
            new("Công ty CP Lụa Vạn Phúc Hà Đông", "OEKO-TEX Standard 100", "Hohenstein HTTI (OEKO-TEX)", "SH026-0417 HOH",
                today.AddMonths(-4), today.AddMonths(8)),
        ],
        _ => [],
    };

    /// <summary>Adds the rows of one association to the unit of work, each with its audit entry.</summary>
    private sealed class Writer(QualityMarksDb db, TenantId tenant, DateTimeOffset now, DateOnly today, TimeProvider clock)
    {
        private readonly Dictionary<int, MarkSchemeVersion> versions = [];

        public MarkScheme Scheme(DemoSchemes.Plan plan)
        {
            var created = now.AddMonths(-30);
            var scheme = new MarkScheme(MarkSchemeId.New(), tenant, plan.Code, plan.Name, plan.Description, [], 24, created);
            db.Schemes.Add(scheme);
            db.Record(created, Actor, "scheme", scheme.Id.Value, "created", plan.Name.Vi);
            Publish(scheme, 1, plan.Criteria, created);
            if (plan.AddedInVersion2.Count > 0) Publish(scheme, 2, [.. plan.Criteria, .. plan.AddedInVersion2], now.AddMonths(-2));
            return scheme;
        }

        private void Publish(MarkScheme scheme, int number, IReadOnlyList<Criterion> criteria, DateTimeOffset at)
        {
            var version = new MarkSchemeVersion(tenant, scheme.Id, number, criteria, at, Actor);
            db.SchemeVersions.Add(version);
            scheme.CurrentVersion = number;
            versions[number] = version;
            db.Record(at, Actor, "scheme", scheme.Id.Value, "version-published", $"version {number}: {criteria.Count} criteria");
        }

        public Certificate Certify(MarkScheme scheme, DemoSchemes.Plan plan, Planned planned, PublishedProduct product, int sequence)
        {
            var (issued, expires) = planned.State switch
            {
                State.Expiring => (today.AddDays(19).AddMonths(-24), today.AddDays(18)),
                State.Expired => (today.AddDays(-11).AddMonths(-24), today.AddDays(-12)),
                State.Suspended => (today.AddMonths(-9), today.AddMonths(15).AddDays(-1)),
                State.Revoked => (today.AddMonths(-14), today.AddMonths(10).AddDays(-1)),
                _ => planned.Version == 1 ? (today.AddMonths(-5), today.AddMonths(19).AddDays(-1)) : (today.AddMonths(-1), today.AddMonths(23).AddDays(-1)),
            };
            var member = product.Makers[0];
            // In UTC: PostgreSQL keeps timestamps with offset 0 only.
            var grantedAt = RegistryClock.StartOf(issued).AddHours(10).ToUniversalTime();
            var application = new MarkApplication(MarkApplicationId.New(), tenant, scheme.Id, planned.Version, member, [product.Id.Value],
                "Xin cấp dấu cho sản phẩm của hộ (dữ liệu demo).", grantedAt.AddDays(-30))
            {
                Status = ApplicationStatus.Granted, SubmittedAt = grantedAt.AddDays(-28), DecidedAt = grantedAt,
            };
            db.Applications.Add(application);
            db.Record(application.SubmittedAt.Value, Actor, "application", application.Id.Value, "submitted");

            var ceramics = plan.Code == DemoSchemes.BatTrang.Code;
            var inspection = new Inspection(InspectionId.New(), tenant, application.Id, grantedAt.AddDays(-10), null, grantedAt.AddDays(-20))
            {
                PerformedAt = grantedAt.AddDays(-10),
                Findings = [.. versions[planned.Version].Criteria.Select(c => new CriterionFinding(c.Key, true, "Đạt.", []))],
                Defects = ceramics ? [new("rạn men không đều", 1), new("lỗ khí nhỏ", 1)] : [new("lỗi sợi ngang", 1)],
                SampleSize = ceramics ? 20 : 10,
                Outcome = InspectionOutcome.Passed,
                Notes = ceramics ? "Mẫu 20 sản phẩm, 2 lỗi nhẹ trong giới hạn cho phép." : "Mẫu 10 mét, 1 lỗi sợi nhỏ trong giới hạn cho phép.",
            };
            db.Inspections.Add(inspection);
            db.Record(inspection.PerformedAt.Value, Actor, "inspection", inspection.Id.Value, "recorded", "passed");

            var certificate = new Certificate(CertificateId.New(), tenant, $"{plan.NumberPrefix}-{issued.Year}-{sequence:D4}", scheme.Id, planned.Version,
                member, [product.Id.Value], application.Id, inspection.Id, issued, expires);
            db.Certificates.Add(certificate);
            db.Record(grantedAt, Actor, "application", application.Id.Value, "granted", certificate.Number);
            db.Record(grantedAt, Actor, "certificate", certificate.Id.Value, "granted", $"{certificate.Number}, valid until {expires:yyyy-MM-dd}");
            switch (planned.State)
            {
                case State.Expired:
                    certificate.ExpiryRecordedAt = RegistryClock.EndOf(expires).ToUniversalTime();
                    db.Record(certificate.ExpiryRecordedAt.Value, Actor, "certificate", certificate.Id.Value, "expired");
                    break;
                case State.Suspended:
                    certificate.Status = CertificateStatus.Suspended;
                    certificate.StatusReason = "Kiểm tra đột xuất: men một lô bát có hàm lượng chì vượt mức cho phép. Tạm đình chỉ chờ kết quả thử nghiệm lại.";
                    db.Record(now.AddDays(-6), Actor, "certificate", certificate.Id.Value, "suspended", certificate.StatusReason);
                    break;
                case State.Revoked:
                    certificate.Status = CertificateStatus.Revoked;
                    certificate.StatusReason = "Hộ sản xuất bán đĩa nhập từ nơi khác có gắn tem của hội. Thu hồi theo quyết định của ban chấp hành.";
                    db.Record(now.AddDays(-20), Actor, "certificate", certificate.Id.Value, "revoked", certificate.StatusReason);
                    break;
                default:
                    // Search learns of the mark as it would from a grant (Granted = the product now carries a valid mark).
                    db.Outbox.Add(new ProductQualityMarkChanged(Guid.CreateVersion7(), tenant, product.Id, Granted: true), clock);
                    break;
            }
            return certificate;
        }

        public LabelBatch Batch(uint number, Certificate certificate, PublishedProduct product, SigningKey key, int quantity, LabelSize size)
        {
            var batch = new LabelBatch(LabelBatchId.New(), tenant, number, product.Id.Value, certificate.Id, key.KeyId, quantity, size,
                DemoCodes.IssuedOn, now, Actor);
            db.Batches.Add(batch);
            db.Record(now, Actor, "label-batch", batch.Id.Value, "issued", $"batch {number}: {quantity} codes for {product.Sku}");
            return batch;
        }

        /// <summary>Bat Trang's troubles on its genuine product: stolen rolls, a reused label and a cloned one.</summary>
        public void TroubledLabels(uint keyId)
        {
            var batch = db.Batches.Local.Single(b => b.Number == DemoCodes.Genuine);
            var stolen = new LabelBatch(LabelBatchId.New(), tenant, DemoCodes.StolenRolls, batch.ProductId, batch.CertificateId, keyId, 50,
                LabelSize.Small, DemoCodes.IssuedOn, now, Actor)
            {
                RevokedAt = now.AddDays(-3),
                RevokedReason = "Hai cuộn tem bị mất khi chuyển từ xưởng in về hội (đã báo công an xã).",
            };
            db.Batches.Add(stolen);
            db.Record(now, Actor, "label-batch", stolen.Id.Value, "issued", $"batch {stolen.Number}: {stolen.Quantity} codes");
            db.Record(stolen.RevokedAt.Value, Actor, "label-batch", stolen.Id.Value, "revoked", stolen.RevokedReason);

            var reused = new CodeRevocation(tenant, batch.Id, (int)DemoCodes.RevokedSerial, (int)DemoCodes.RevokedSerial,
                "Tem bóc từ một bình vỡ và dán lại lên hàng không rõ nguồn gốc.", now.AddDays(-2), Actor);
            db.Revocations.Add(reused);
            db.Record(reused.RevokedAt, Actor, "label-batch", batch.Id.Value, "code-revoked", $"serial {DemoCodes.RevokedSerial}");

            string[] countries = ["VN", "JP", "FR", "US", "DE", "KR", "AU", "NL", "VN", "JP", "GB", "SG"];
            string[] agents = ["Chrome", "Safari", "Samsung Internet", "Firefox"];
            for (var i = 0; i < DemoCodes.ClonedNetworks; i++)
                db.Scans.Add(new VerificationScan(tenant, batch.Id, (int)DemoCodes.ClonedSerial, now.AddHours(-6 * (i + 1)), NetworkHash(i),
                    countries[i % countries.Length], agents[i % agents.Length]));
            // The genuine code scanned twice by one buyer: ordinary.
            for (var i = 0; i < 2; i++)
                db.Scans.Add(new VerificationScan(tenant, batch.Id, 1, now.AddDays(-4).AddMinutes(i * 3), NetworkHash(100), "FR", "Safari"));
        }

        public void Other(MemberId member, OtherPlan plan)
        {
            var other = new OtherCertificate(OtherCertificateId.New(), tenant, member, plan.Kind, plan.Issuer, plan.Number, plan.IssuedOn, plan.ExpiresOn, now);
            db.OtherCertificates.Add(other);
            db.Record(now, Actor, "other-certificate", other.Id.Value, "recorded", $"{plan.Kind} {plan.Number}");
        }

        private static string NetworkHash(int network) =>
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"craftmarket-demo-network:{network}")));
    }
}
