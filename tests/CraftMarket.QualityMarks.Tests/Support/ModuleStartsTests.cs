using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Tests.Support;

[Collection(QualityMarksCollection.Name)]
public sealed class ModuleStartsTests(QualityMarksApp app)
{
    [Fact]
    public async Task The_site_starts_with_the_registry_schema_migrated()
    {
        await using var scope = app.ScopeFor("bat-trang");
        (await QualityMarksApp.Db(scope).Certificates.CountAsync()).ShouldBeGreaterThanOrEqualTo(0);
        (await QualityMarksApp.Db(scope).Keys.CountAsync()).ShouldBeGreaterThanOrEqualTo(0);
    }
}

[Collection(QualityMarksCollection.Name)]
public sealed class RegistryGivenTests(QualityMarksApp app)
{
    [Fact]
    public async Task A_given_certificate_is_valid_today_and_covers_a_published_product()
    {
        var given = await RegistryGiven.CertificateAsync(app, "bat-trang");
        var stored = await RegistryGiven.ReadAsync(app, given);
        stored.IsValidAt(DateTimeOffset.UtcNow).ShouldBeTrue();
        stored.ProductIds.ShouldBe([given.ProductId]);
    }
}
