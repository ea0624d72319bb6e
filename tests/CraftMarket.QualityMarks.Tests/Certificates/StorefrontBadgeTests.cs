using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.QualityMarks.Tests.Certificates.CertificatesGiven;

namespace CraftMarket.QualityMarks.Tests.Certificates;

/// <summary>
/// Buyers see the mark only while a certificate covers the product, on the product page (kept for
/// anonymous visitors: a change drops it), on listing cards, through the listing's "genuine mark"
/// filter, and on the member's profile with its other certificates.
/// </summary>
[Collection(QualityMarksCollection.Name)]
public sealed partial class StorefrontBadgeTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task The_product_page_shows_the_badge_while_valid_and_the_kept_page_drops_at_a_suspension()
    {
        var given = await RegistryGiven.CertificateAsync(app, Village, product: 1);
        var page = $"/products/{given.ProductId}";
        var buyer = app.ClientFor(Village, followRedirects: true);
        var before = await buyer.GetStringAsync(page);
        before.ShouldContain(given.Number);
        before.ShouldContain($"/registry/certificates/{given.Number}");
        (await buyer.GetStringAsync(page)).ShouldContain(given.Number, customMessage: "kept for the next visitor");

        var admin = await app.Admin(Village);
        await Json(await admin.PostAsJsonAsync($"/api/quality/certificates/{given.CertificateId}/suspend", new { reason = "Lý do nội bộ XYZ" }), HttpStatusCode.OK);
        var after = await buyer.GetStringAsync(page);
        after.ShouldNotContain(given.Number);
        after.ShouldNotContain("Lý do nội bộ XYZ");
    }

    [Fact]
    public async Task No_badge_for_an_expired_a_revoked_or_a_suspended_certificate()
    {
        var expired = await RegistryGiven.CertificateAsync(app, Village, product: 2, issuedOn: Today.AddYears(-2), expiresOn: Today.AddDays(-1));
        var revoked = await RegistryGiven.CertificateAsync(app, Village, product: 2, status: CertificateStatus.Revoked, reason: "Hàng giả ABC");
        var suspended = await RegistryGiven.CertificateAsync(app, Village, product: 2, status: CertificateStatus.Suspended, reason: "Tạm dừng DEF");
        var html = await app.ClientFor(Village, followRedirects: true).GetStringAsync($"/products/{expired.ProductId}");
        foreach (var number in new[] { expired.Number, revoked.Number, suspended.Number }) html.ShouldNotContain(number);
        html.ShouldNotContain("Hàng giả ABC");
        html.ShouldNotContain("Tạm dừng DEF");

        await using var scope = app.ScopeFor(Village);
        var badges = scope.ServiceProvider.GetRequiredService<IQualityMarkBadges>();
        var found = await badges.ForProductsAsync([new ProductId(expired.ProductId)], "en", CancellationToken.None);
        (found.GetValueOrDefault(new ProductId(expired.ProductId)) ?? []).Select(b => b.CertificateNumber)
            .ShouldNotContain(n => n == expired.Number || n == revoked.Number || n == suspended.Number);
    }

    [Fact]
    public async Task The_genuine_mark_filter_lists_only_marked_products_and_their_cards_carry_the_badge()
    {
        var given = await RegistryGiven.CertificateAsync(app, Village, product: 3);
        IReadOnlySet<ProductId> marked;
        await using (var scope = app.ScopeFor(Village))
            marked = await scope.ServiceProvider.GetRequiredService<IQualityMarkBadges>().MarkedProductsAsync(CancellationToken.None);
        marked.ShouldContain(new ProductId(given.ProductId));

        var buyer = app.ClientFor(Village, followRedirects: true);
        var all = await buyer.GetStringAsync("/products?sort=name");
        all.ShouldContain("name=\"mark\"");
        var seen = new List<Guid>();
        for (var page = 1; page <= 20; page++)
        {
            var html = await buyer.GetStringAsync($"/products?mark=genuine&sort=name&p={page}");
            var ids = ProductLinks().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().ToList();
            if (ids.Count == 0) break;
            seen.AddRange(ids);
            if (ids.Contains(given.ProductId)) html.ShouldContain("card-mark");
        }
        seen.ShouldContain(given.ProductId);
        seen.ShouldAllBe(id => marked.Contains(new ProductId(id)));
        var total = ProductLinks().Count(all);
        total.ShouldBeGreaterThan(0);
        await using (var scope = app.ScopeFor(Village))
        {
            var published = new List<Guid>();
            await foreach (var p in scope.ServiceProvider.GetRequiredService<ICatalogue>().PublishedAsync(CancellationToken.None)) published.Add(p.Id.Value);
            published.Any(id => !marked.Contains(new ProductId(id))).ShouldBeTrue("some published products carry no mark");
            seen.Count.ShouldBe(published.Count(id => marked.Contains(new ProductId(id))));
        }
    }

    [Fact]
    public async Task A_members_profile_shows_its_marks_and_other_certificates_and_the_product_page_its_makers_certificates()
    {
        var given = await RegistryGiven.CertificateAsync(app, Village, product: 4);
        MakerProfile maker;
        string kind = "OEKO-TEX " + Guid.NewGuid().ToString("N")[..6];
        string gone = "Withdrawn " + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = app.ScopeFor(Village))
        {
            maker = (await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().MakersAsync([given.Member()], CancellationToken.None)).Single();
            var db = QualityMarksSite.Db(scope);
            db.OtherCertificates.Add(new OtherCertificate(OtherCertificateId.New(), db.Tenant, given.Member(), kind, "Hohenstein", "OT-1",
                Today.AddYears(-1), Today.AddYears(1), DateTimeOffset.UtcNow));
            db.OtherCertificates.Add(new OtherCertificate(OtherCertificateId.New(), db.Tenant, given.Member(), gone, "Hohenstein", "OT-2",
                Today.AddYears(-1), Today.AddYears(1), DateTimeOffset.UtcNow) { Withdrawn = true });
            await db.SaveChangesAsync();
        }
        var buyer = app.ClientFor(Village, followRedirects: true);
        var product = await buyer.GetStringAsync($"/products/{given.ProductId}");
        if (maker.IsPubliclyListed)
        {
            product.ShouldContain(kind);
            var profile = await buyer.GetStringAsync($"/members/{given.MemberId}");
            profile.ShouldContain(kind);
            profile.ShouldContain("Hohenstein");
            profile.ShouldContain(given.Number);
            profile.ShouldNotContain(gone);
        }
        else
        {
            product.ShouldNotContain(kind);
        }
        product.ShouldNotContain(gone);
        maker.IsPubliclyListed.ShouldBeTrue("the demo makers of published products are listed publicly");
    }

    [GeneratedRegex(@"href=""[^""]*/products/([0-9a-f-]{36})")]
    private static partial Regex ProductLinks();
}
