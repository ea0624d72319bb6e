using System.Net;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.SharedKernel.Text;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CraftMarket.QualityMarks.Tests.Registry;

[Collection(QualityMarksCollection.Name)]
public sealed class RegistryTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task The_village_registry_lists_valid_certificates_and_says_suspended_or_revoked_without_the_reason()
    {
        var valid = await RegistryGiven.CertificateAsync(app, Village, product: 1);
        var suspended = await RegistryGiven.CertificateAsync(app, Village, product: 2, status: CertificateStatus.Suspended, reason: "Lò nung bị niêm phong SECRET-SUSP");
        var revoked = await RegistryGiven.CertificateAsync(app, Village, product: 3, status: CertificateStatus.Revoked, reason: "Hàng giả SECRET-REVOKED");
        var soon = await RegistryGiven.CertificateAsync(app, Village, product: 4, expiresOn: RegistryClock.Today(DateTimeOffset.UtcNow).AddDays(10));

        foreach (var given in new[] { valid, suspended, revoked, soon })
        {
            var html = await PageAsync(Village, $"/registry?q={given.Number}");
            html.ShouldContain(given.Number);
            html.ShouldNotContain("SECRET-");
        }
        (await PageAsync(Village, $"/registry?q={valid.Number}")).ShouldContain("registry-status-valid");
        (await PageAsync(Village, $"/registry?q={suspended.Number}")).ShouldContain("registry-status-suspended");
        (await PageAsync(Village, $"/registry?q={revoked.Number}")).ShouldContain("registry-status-revoked");
        (await PageAsync(Village, $"/registry?q={soon.Number}")).ShouldContain("registry-status-expires-soon");

        var api = await ApiAsync(Village, $"?q={suspended.Number}");
        var entry = api.GetProperty("items").EnumerateArray().Single();
        entry.GetProperty("status").GetString().ShouldBe("suspended");
        api.GetRawText().ShouldNotContain("SECRET-");
        api.GetRawText().ShouldNotContain(app.TenantIdOf(Village).Value.ToString(), Case.Insensitive);
        api.GetRawText().ShouldNotContain(suspended.MemberId.ToString(), Case.Insensitive);

        var detail = await PageAsync(Village, $"/registry/certificates/{revoked.Number}");
        detail.ShouldContain("registry-status-revoked");
        detail.ShouldNotContain("SECRET-");
    }

    [Fact]
    public async Task An_expired_certificate_is_not_a_holder_of_the_mark_but_a_search_by_number_shows_it_expired()
    {
        var expired = await RegistryGiven.CertificateAsync(app, Village, product: 5,
            issuedOn: RegistryClock.Today(DateTimeOffset.UtcNow).AddYears(-2), expiresOn: RegistryClock.Today(DateTimeOffset.UtcNow).AddDays(-1));
        var listed = await AllListedAsync(Village);
        listed.ShouldNotContain(expired.Number);

        var found = (await ApiAsync(Village, $"?q={expired.Number.ToLowerInvariant()}")).GetProperty("items").EnumerateArray().Single();
        found.GetProperty("status").GetString().ShouldBe("expired");
        (await PageAsync(Village, $"/registry?q={expired.Number}")).ShouldContain("registry-status-expired");
    }

    [Fact]
    public async Task A_search_matches_member_and_product_names_with_or_without_diacritics()
    {
        var given = await RegistryGiven.CertificateAsync(app, Village, product: 6);
        var (product, member) = await NamesAsync(given);
        product.ShouldMatch("[^\\x00-\\x7F]", "the demo product's Vietnamese name has diacritics");

        foreach (var q in new[] { product, TextFolding.Fold(product), product.ToUpperInvariant() })
            (await AllListedAsync(Village, q)).ShouldContain(given.Number, $"searching “{q}”");
        if (member is not null)
            (await AllListedAsync(Village, TextFolding.Fold(member))).ShouldContain(given.Number);
        Numbers(await ApiAsync(Village, "?q=khong-co-san-pham-nay-xyz")).ShouldBeEmpty();
        (await PageAsync(Village, $"/registry?q={Uri.EscapeDataString(TextFolding.Fold(product))}")).ShouldContain(given.Number);
    }

    [Fact]
    public async Task A_village_never_lists_another_villages_certificates_and_the_platform_lists_every_village()
    {
        var batTrang = await RegistryGiven.CertificateAsync(app, Village);
        var vanPhuc = await RegistryGiven.CertificateAsync(app, "van-phuc");

        (await AllListedAsync(Village)).ShouldNotContain(vanPhuc.Number);
        (await AllListedAsync("van-phuc")).ShouldNotContain(batTrang.Number);
        Numbers(await ApiAsync("van-phuc", $"?q={batTrang.Number}")).ShouldBeEmpty();
        (await app.Anonymous("van-phuc").GetAsync($"/registry/certificates/{batTrang.Number}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Anonymous("van-phuc").GetAsync($"/registry/certificates/{batTrang.Number}.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var platform = await ApiAsync(null, $"?q={batTrang.Number}");
        var entry = platform.GetProperty("items").EnumerateArray().Single();
        entry.GetProperty("village").GetString().ShouldBe(Village);
        entry.GetProperty("pageUrl").GetString()!.ShouldContain(Village);
        Numbers(await ApiAsync(null, $"?q={vanPhuc.Number}")).ShouldBe([vanPhuc.Number]);
        var villages = (await ApiAsync(null, "")).GetProperty("villages").EnumerateArray().Select(v => v.GetProperty("slug").GetString()).ToList();
        villages.ShouldContain(Village);
        villages.ShouldContain("van-phuc");
        Numbers(await ApiAsync(null, $"?q={vanPhuc.Number}&village={Village}")).ShouldBeEmpty("the village filter");
        var html = await PageAsync(null, $"/registry?q={batTrang.Number}");
        html.ShouldContain(batTrang.Number);
    }

    [Fact]
    public async Task The_certificate_PDF_carries_number_and_status_and_a_QR_code_to_its_public_page()
    {
        var given = await RegistryGiven.CertificateAsync(app, Village, product: 7, status: CertificateStatus.Suspended, reason: "SECRET-PDF");
        var response = await app.Anonymous(Village).GetAsync($"/registry/certificates/{given.Number}.pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var uri = response.RequestMessage!.RequestUri!;

        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var page = pdf.GetPage(1);
        page.Text.ShouldContain(given.Number);
        page.Text.ShouldContain("Tạm đình chỉ · Suspended");
        page.Text.ShouldNotContain("SECRET-PDF");
        var (product, _) = await NamesAsync(given);
        Squash(page.Text).ShouldContain(Squash(product));
        PdfQrCodes.On(page).Select(q => q.Text).ShouldBe([$"{uri.Scheme}://{uri.Authority}/registry/certificates/{given.Number}"]);

        (await app.Anonymous(Village).GetAsync("/registry/certificates/NO-SUCH-NUMBER.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_API_refuses_bad_paging_and_long_queries()
    {
        (await app.Anonymous(Village).GetAsync("/api/public/quality/registry?page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.Anonymous(Village).GetAsync($"/api/public/quality/registry?q={new string('a', 101)}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<string> PageAsync(string? slug, string path)
    {
        var response = await app.ClientFor(slug).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonElement> ApiAsync(string? slug, string query)
    {
        var response = await app.ClientFor(slug).GetAsync("/api/public/quality/registry" + query);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Every certificate number the listing (no search) shows, all pages.</summary>
    /// <summary>Every page of a listing: other tests of the shared site certify the same demo products and members.</summary>
    private async Task<List<string>> AllListedAsync(string slug, string? q = null)
    {
        var numbers = new List<string>();
        for (var page = 1; ; page++)
        {
            var listing = await ApiAsync(slug, q is null ? $"?page={page}" : $"?q={Uri.EscapeDataString(q)}&page={page}");
            numbers.AddRange(Numbers(listing));
            if (page * listing.GetProperty("pageSize").GetInt32() >= listing.GetProperty("total").GetInt32()) return numbers;
        }
    }

    private static List<string> Numbers(JsonElement listing) =>
        [.. listing.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("number").GetString()!)];

    private async Task<(string Product, string? Member)> NamesAsync(GivenCertificate given)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var product = (await scope.ServiceProvider.GetRequiredService<ICatalogue>().NamesAsync([new ProductId(given.ProductId)], default)).Single().Name["vi"];
        var maker = (await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().MakersAsync([given.Member()], default)).Single();
        return (product, maker.IsPubliclyListed ? maker.DisplayName : null);
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
