using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Seeding;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.SharedKernel.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Tests.Demo;

/// <summary>
/// The registry's demo data on the shared site (seeded at start): every state a buyer or staff
/// member should be able to see, codes that are the same on every machine (the README lists them),
/// and a second run that adds nothing. Counts only the demo's own rows: other tests write to the same site.
/// </summary>
public abstract class DemoRegistryTests(QualityMarksSite app)
{
    [Fact]
    public async Task Every_README_verify_URL_is_what_the_seeded_codes_rebuild_to()
    {
        var lines = await DemoReadmeCodes.BuildAsync(app);
        var readme = await File.ReadAllTextAsync(DemoReadmeCodes.ReadmePath());

        var missing = lines.Where(l => !readme.Contains(l.ShortUrl, StringComparison.Ordinal) || !readme.Contains($"`{l.TokenUrl}`", StringComparison.Ordinal)).ToList();
        missing.ShouldBeEmpty($"README.md's \"Quality marks demo\" list should read:\n{DemoReadmeCodes.Markdown(lines)}");
        lines.Select(l => l.ShortUrl).Distinct().Count().ShouldBe(lines.Count);
    }

    [Fact]
    public async Task Bat_Trang_has_a_certificate_in_every_state_with_its_labels()
    {
        await using var scope = app.ScopeFor("bat-trang");
        var db = QualityMarksSite.Db(scope);
        var now = DateTimeOffset.UtcNow;
        var scheme = await db.Schemes.AsNoTracking().SingleAsync(s => s.Code == DemoSchemes.BatTrang.Code);
        scheme.Name.Vi.ShouldBe("Gốm Bát Tràng chính hiệu");
        (scheme.Name.En, scheme.Name.Fr, scheme.Name.Ja).ShouldBe(("Genuine Bat Trang Ceramics", "Céramique authentique de Bat Trang", "正真正銘のバッチャン焼"));
        (scheme.ValidityMonths, scheme.CurrentVersion).ShouldBe((24, 2));
        var versions = await db.SchemeVersions.AsNoTracking().Where(v => v.SchemeId == scheme.Id).OrderBy(v => v.Version).ToListAsync();
        versions.Select(v => v.Criteria.Count).ShouldBe([5, 6]);
        versions[0].Criteria.Select(c => c.Kind).Distinct().Count().ShouldBe(5);

        var batches = await db.Batches.AsNoTracking().Where(b => b.CreatedBy == QualityMarksDemoSeeder.Actor).ToListAsync();
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.SchemeId == scheme.Id).ToListAsync();
        Certificate Of(uint batch) => certificates.Single(c => c.Id == batches.Single(b => b.Number == batch).CertificateId);

        Of(DemoCodes.Genuine).IsValidAt(now).ShouldBeTrue();
        var expiring = Of(DemoCodes.CertificateExpiring);
        expiring.IsValidAt(now).ShouldBeTrue();
        expiring.ExpiresOn.ShouldBeLessThanOrEqualTo(RegistryClock.Today(now).AddDays(30));
        Of(DemoCodes.CertificateExpired).IsExpiredAt(now).ShouldBeTrue();
        Of(DemoCodes.CertificateSuspended).Status.ShouldBe(CertificateStatus.Suspended);
        Of(DemoCodes.CertificateSuspended).StatusReason.ShouldNotBeNullOrWhiteSpace();
        Of(DemoCodes.CertificateRevoked).Status.ShouldBe(CertificateStatus.Revoked);
        certificates.Count(c => c.IsValidAt(now)).ShouldBeGreaterThanOrEqualTo(4);
        certificates.ShouldContain(c => c.SchemeVersion == 2 && c.IsValidAt(now));

        batches.Single(b => b.Number == DemoCodes.StolenRolls).RevokedAt.ShouldNotBeNull();
        var genuine = batches.Single(b => b.Number == DemoCodes.Genuine);
        genuine.RevokedAt.ShouldBeNull();
        (await db.Revocations.AsNoTracking().SingleAsync(r => r.BatchId == genuine.Id)).FirstSerial.ShouldBe((int)DemoCodes.RevokedSerial);
        var networks = await db.Scans.AsNoTracking().Where(s => s.BatchId == genuine.Id && s.Serial == (int)DemoCodes.ClonedSerial && s.At > now.AddDays(-30))
            .Select(s => s.NetworkHash).Distinct().CountAsync();
        networks.ShouldBeGreaterThan(5);

        foreach (var certificate in certificates)
        {
            var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == certificate.ApplicationId);
            application.Status.ShouldBe(ApplicationStatus.Granted);
            var inspection = await db.Inspections.AsNoTracking().SingleAsync(i => i.Id == certificate.InspectionId);
            inspection.Outcome.ShouldBe(InspectionOutcome.Passed);
            inspection.SampleSize.ShouldBeGreaterThan(0);
            inspection.Defects.ShouldNotBeEmpty();
            inspection.Findings.Select(f => f.CriterionKey).ShouldBe(versions[certificate.SchemeVersion - 1].Criteria.Select(c => c.Key));
            (await db.Audit.AsNoTracking().CountAsync(a => a.SubjectId == certificate.Id.Value && a.Actor == QualityMarksDemoSeeder.Actor)).ShouldBeGreaterThan(0);
        }

        var others = await db.OtherCertificates.AsNoTracking().ToListAsync();
        others.ShouldContain(o => o.Kind == "ISO 9001:2015" && !o.IsExpiredAt(now));
        others.ShouldContain(o => o.ExpiresOn != null && !o.IsExpiredAt(now) && o.ExpiresOn <= RegistryClock.Today(now).AddDays(30));
    }

    [Fact]
    public async Task Van_Phuc_has_its_silk_origin_mark_an_OEKO_TEX_certificate_and_its_own_key()
    {
        await using var scope = app.ScopeFor("van-phuc");
        var db = QualityMarksSite.Db(scope);
        var scheme = await db.Schemes.AsNoTracking().SingleAsync(s => s.Code == DemoSchemes.VanPhuc.Code);
        var version = await db.SchemeVersions.AsNoTracking().SingleAsync(v => v.SchemeId == scheme.Id);
        version.Criteria.ShouldContain(c => c.Key == "silk-origin" && c.Kind == CriterionKind.RawMaterialOrigin);
        (await db.Certificates.AsNoTracking().CountAsync(c => c.SchemeId == scheme.Id)).ShouldBe(2);
        (await db.OtherCertificates.AsNoTracking().SingleAsync(o => o.Kind == "OEKO-TEX Standard 100")).IsExpiredAt(DateTimeOffset.UtcNow).ShouldBeFalse();
        var batch = await db.Batches.AsNoTracking().SingleAsync(b => b.CreatedBy == QualityMarksDemoSeeder.Actor);
        var key = await db.Keys.AsNoTracking().SingleAsync(k => k.KeyId == batch.KeyId);

        await using var batTrang = app.ScopeFor("bat-trang");
        var batTrangKeys = await QualityMarksSite.Db(batTrang).Keys.AsNoTracking().Select(k => k.KeyId).ToListAsync();
        batTrangKeys.ShouldNotContain(key.KeyId);
        var code = scope.ServiceProvider.GetRequiredService<LabelCodes>().Code(batch, key, 1);
        ItemCode.TryReadToken(code.Token, out var payload, out _, out _).ShouldBeTrue();
        payload.KeyId.ShouldBe(key.KeyId);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var before = await DemoRowsAsync();
        var seeder = app.Services.GetServices<IDemoDataSeeder>().OfType<QualityMarksDemoSeeder>().Single();

        await seeder.SeedAsync(CancellationToken.None);
        await seeder.SeedAsync(CancellationToken.None);

        (await DemoRowsAsync()).ShouldBe(before);
        before.Schemes.ShouldBe(2);
        before.Keys.ShouldBe(2);
    }

    private sealed record DemoRows(int Schemes, int Certificates, int Batches, int Scans, int Keys, int Others, int Audit);

    private async Task<DemoRows> DemoRowsAsync()
    {
        var total = new DemoRows(0, 0, 0, 0, 0, 0, 0);
        foreach (var slug in (string[])["bat-trang", "van-phuc"])
        {
            await using var scope = app.ScopeFor(slug);
            var db = QualityMarksSite.Db(scope);
            var demoKey = await db.Keys.AsNoTracking().ToListAsync();
            using var demoKeyPair = NSec.Cryptography.Key.Import(NSec.Cryptography.SignatureAlgorithm.Ed25519, DemoKeys.PrivateKeyFor(slug),
                NSec.Cryptography.KeyBlobFormat.RawPrivateKey);
            var demoPublic = demoKeyPair.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey);
            var otherNumbers = QualityMarksDemoSeeder.OtherCertificates(slug, new DateOnly(2026, 1, 1)).Select(o => o.Number).ToList();
            var batchIds = await db.Batches.Where(b => b.CreatedBy == QualityMarksDemoSeeder.Actor).Select(b => b.Id).ToListAsync();
            total = new DemoRows(
                total.Schemes + await db.Schemes.CountAsync(s => s.Code == DemoSchemes.BatTrang.Code || s.Code == DemoSchemes.VanPhuc.Code),
                total.Certificates + await db.Certificates.CountAsync(c => c.Number.StartsWith("BT-GBT-") || c.Number.StartsWith("VP-LVP-")),
                total.Batches + batchIds.Count,
                total.Scans + await db.Scans.CountAsync(s => batchIds.Contains(s.BatchId)),
                total.Keys + demoKey.Count(k => k.PublicKey.AsSpan().SequenceEqual(demoPublic)),
                total.Others + await db.OtherCertificates.CountAsync(o => otherNumbers.Contains(o.Number)),
                total.Audit + await db.Audit.CountAsync(a => a.Actor == QualityMarksDemoSeeder.Actor));
        }
        return total;
    }
}

[Collection(QualityMarksCollection.Name)]
public sealed class SqliteDemoRegistryTests(QualityMarksApp app) : DemoRegistryTests(app);

/// <summary>The seeder writes dates and JSON lists PostgreSQL is stricter about (offsets must be UTC).</summary>
[Collection(PostgresQualityMarksCollection.Name)]
public sealed class PostgresDemoRegistryTests(PostgresQualityMarksApp app) : DemoRegistryTests(app);
