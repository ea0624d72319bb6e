using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.QualityMarks.Tests.Certificates.CertificatesGiven;

namespace CraftMarket.QualityMarks.Tests.Certificates;

/// <summary>
/// Who may make marked goods (IMarkHolders, for the export desk's allocation): a member with a
/// certificate valid now, for the certified product and products of the same category; never for an
/// expired, suspended, revoked or not-yet-started certificate, nor in another village. Each test
/// certifies fresh member ids that no other certificate names.
/// </summary>
[Collection(QualityMarksCollection.Name)]
public sealed class MarkHoldersTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task A_valid_certificate_covers_its_product_and_the_products_of_its_category_only()
    {
        var member = new MemberId(Guid.CreateVersion7());
        var given = await RegistryGiven.CertificateAsync(app, Village, product: 11, member: member);
        await using var scope = app.ScopeFor(Village);
        var published = new List<PublishedProduct>();
        await foreach (var p in scope.ServiceProvider.GetRequiredService<ICatalogue>().PublishedAsync(CancellationToken.None)) published.Add(p);
        var certified = published.Single(p => p.Id.Value == given.ProductId);
        var sameCategory = published.First(p => p.CategoryId == certified.CategoryId && p.Id != certified.Id);
        var otherCategory = published.First(p => p.CategoryId != certified.CategoryId);

        var holders = await scope.ServiceProvider.GetRequiredService<IMarkHolders>()
            .HoldersAsync([certified.Id, sameCategory.Id, otherCategory.Id], CancellationToken.None);
        holders[certified.Id].ShouldContain(member);
        holders[sameCategory.Id].ShouldContain(member);
        holders[otherCategory.Id].ShouldNotContain(member);
    }

    [Fact]
    public async Task Expired_suspended_revoked_and_not_yet_valid_certificates_hold_nothing_and_another_village_sees_none()
    {
        var members = Enumerable.Range(0, 4).Select(_ => new MemberId(Guid.CreateVersion7())).ToList();
        var expired = await RegistryGiven.CertificateAsync(app, Village, product: 12, issuedOn: Today.AddYears(-2), expiresOn: Today.AddDays(-1), member: members[0]);
        await RegistryGiven.CertificateAsync(app, Village, product: 12, status: CertificateStatus.Suspended, member: members[1]);
        await RegistryGiven.CertificateAsync(app, Village, product: 12, status: CertificateStatus.Revoked, member: members[2]);
        await RegistryGiven.CertificateAsync(app, Village, product: 12, issuedOn: Today.AddDays(3), member: members[3]);
        var valid = new MemberId(Guid.CreateVersion7());
        await RegistryGiven.CertificateAsync(app, Village, product: 12, member: valid);
        var product = new ProductId(expired.ProductId);

        await using (var scope = app.ScopeFor(Village))
        {
            var holders = (await scope.ServiceProvider.GetRequiredService<IMarkHolders>().HoldersAsync([product], CancellationToken.None))[product];
            holders.ShouldContain(valid);
            foreach (var member in members) holders.ShouldNotContain(member);
        }
        await using (var foreign = app.ScopeFor("van-phuc"))
        {
            var holders = await foreign.ServiceProvider.GetRequiredService<IMarkHolders>().HoldersAsync([product], CancellationToken.None);
            holders[product].ShouldNotContain(valid);
        }
    }
}
