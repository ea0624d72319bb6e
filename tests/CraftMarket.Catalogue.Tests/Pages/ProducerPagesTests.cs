using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Catalogue.Tests.Pages;

/// <summary>The producer's pages as a phone browser uses them: plain forms, no script needed.</summary>
[Collection(SharedSite.Name)]
public sealed partial class ProducerPagesTests(SqliteCatalogueApp app)
{
    private Task<HttpClient> Producer() => app.ClientFor("bat-trang").SignedInWithCookie("0904 118 273");

    [GeneratedRegex("/account/products/([0-9a-f-]{36})")]
    private static partial Regex ProductLink();

    [Fact]
    public async Task A_producer_creates_a_draft_from_the_form_without_script_and_sees_errors_next_to_fields()
    {
        var client = await Producer();
        var form = await client.GetStringAsync("/account/products/new");
        form.ShouldContain("name=\"Form.PriceBreaks[2].MinQuantity\"", customMessage: "three blank price-break rows without script");
        form.ShouldContain("name=\"Form.Variants[2].Sku\"");
        form.ShouldContain("/_content/CraftMarket.Catalogue/rows.");   // fingerprinted: rows.{hash}.js (ADR 27)
        form.ShouldNotContain("id=\"photos\"", Case.Sensitive, "no photo section before the product exists");

        var vases = await app.CategoryId("bat-trang", "Bình hoa");
        var fields = new Dictionary<string, string>
        {
            ["Form.CategoryId"] = vases.ToString(), ["Form.NameVi"] = "Lọ men rạn thử trang", ["Form.DescriptionVi"] = "Lọ làm thử từ trang web.",
            ["Form.BasePriceVnd"] = "200000", ["Form.MinimumOrderQuantity"] = "10", ["Form.OrderMultiple"] = "5", ["Form.LeadTimeDays"] = "20",
            ["Form.PriceBreaks[0].MinQuantity"] = "", ["Form.PriceBreaks[0].UnitPriceVnd"] = "",
            ["Form.PriceBreaks[1].MinQuantity"] = "50", ["Form.PriceBreaks[1].UnitPriceVnd"] = "250000",
            ["Form.HsCode"] = "12",
        };
        var invalid = await client.SubmitAsync("/account/products/new", fields);
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await invalid.Content.ReadAsStringAsync();
        html.ShouldContain("data-valmsg-for=\"Form.PriceBreaks[1].UnitPriceVnd\"");
        html.ShouldContain("A price break cannot cost more than the base price.");
        html.ShouldContain("An HS code has 6 to 10 digits");

        fields["Form.PriceBreaks[1].UnitPriceVnd"] = "180000";
        fields["Form.HsCode"] = "6913.90";
        var created = await client.SubmitAsync("/account/products/new", fields);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = created.Headers.Location!.ToString();
        var id = ProductLink().Match(location).Groups[1].Value;
        var edit = await client.GetStringAsync(location);
        edit.ShouldContain("Lọ men rạn thử trang");
        edit.ShouldContain("value=\"180000\"");
        edit.ShouldContain("<section id=\"photos\"", customMessage: "the spot the Media module fills");
        edit.ShouldContain("/account/products/" + id + "/photos");

        var list = await client.GetStringAsync("/account/products");
        list.ShouldContain(id);
    }

    [Fact]
    public async Task Submitting_from_the_page_needs_no_English_then_shows_the_associations_comment()
    {
        var client = await Producer();
        var vases = await app.CategoryId("bat-trang", "Bình hoa");
        var api = await app.As("bat-trang", Producers.PhamThiLan);
        var id = await Catalogues.Create(api, Requests.Product(vases, english: false));

        var submitted = await client.SubmitAsync($"/account/products/{id}", new Dictionary<string, string>(), $"/account/products/{id}?handler=Submit");
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a household submits in Vietnamese only (ADR 0068)");

        var admin = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var queue = await admin.GetStringAsync("/admin/catalogue");
        queue.ShouldContain(id.ToString());
        var asked = await admin.SubmitAsync("/admin/catalogue", new Dictionary<string, string> { ["comment"] = "Thiếu ảnh đáy bình" },
            $"/admin/catalogue?handler=RequestChanges&id={id}");
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await client.GetStringAsync("/account/products")).ShouldContain("Thiếu ảnh đáy bình");
        var page = await client.GetStringAsync($"/account/products/{id}");
        page.ShouldContain("Thiếu ảnh đáy bình");
        page.ShouldContain("yêu cầu sửa", customMessage: "the history lists the request, in Vietnamese: the village's default language (ADR 10)");
    }

    [Fact]
    public async Task The_household_form_asks_for_Vietnamese_only_while_the_association_sees_every_language()
    {
        var household = await (await Producer()).GetStringAsync("/account/products/new");
        household.ShouldContain("name=\"Form.NameVi\"");
        foreach (var hidden in new[] { "Form.NameEn", "Form.DescriptionEn", "Form.NameFr", "Form.TechniqueJa" })
            household.ShouldNotContain($"name=\"{hidden}\"", Case.Sensitive, "households write Vietnamese only");
        household.ShouldContain("hiệp hội sẽ dịch", Case.Insensitive, "told, in Vietnamese, that the association translates");

        var admin = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var full = await admin.GetStringAsync("/account/products/new");
        foreach (var shown in new[] { "Form.NameEn", "Form.DescriptionFr", "Form.TechniqueJa" }) full.ShouldContain($"name=\"{shown}\"");
    }

    [Fact]
    public async Task A_households_save_from_its_Vietnamese_only_form_keeps_the_associations_English()
    {
        var client = await Producer();
        var api = await app.As("bat-trang", Producers.PhamThiLan);
        var vases = await app.CategoryId("bat-trang", "Bình hoa");
        var id = await Catalogues.Create(api, Requests.Product(vases));
        var fields = new Dictionary<string, string>
        {
            ["Form.CategoryId"] = vases.ToString(), ["Form.NameVi"] = "Bình men rạn đổi tên", ["Form.DescriptionVi"] = "Bình gốm men rạn làm thử.",
            ["Form.BasePriceVnd"] = "420000", ["Form.MinimumOrderQuantity"] = "20", ["Form.OrderMultiple"] = "4", ["Form.LeadTimeDays"] = "30",
            ["Form.Makers"] = (await Catalogues.MemberIdOf(api)).ToString(),
        };
        var posted = await client.SubmitAsync($"/account/products/{id}", fields);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await (await api.GetAsync($"/api/catalogue/products/{id}")).Json();
        saved.GetProperty("name").GetProperty("vi").GetString().ShouldBe("Bình men rạn đổi tên");
        saved.GetProperty("name").GetProperty("en").GetString().ShouldBe("Test crackle-glaze vase, 30 cm", "the form without English inputs does not erase the translation");
        saved.GetProperty("material").TryGetProperty("en", out _).ShouldBeFalse("the household emptied the material, so its translation goes too");
    }

    [Fact]
    public async Task Staff_pages_admit_the_right_roles_only()
    {
        var producer = await Producer();
        (await producer.GetAsync("/admin/catalogue")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await producer.GetAsync("/admin/catalogue/categories")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        var anonymous = app.ClientFor("bat-trang");
        (await anonymous.GetAsync("/account/products")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var export = await app.ClientFor("bat-trang").SignedInWithCookie("export@bat-trang.craftmarket.local");
        var queue = await export.GetStringAsync("/admin/catalogue");
        queue.ShouldNotContain("handler=Approve", customMessage: "the export desk reads the queue but cannot decide");
        (await export.GetAsync("/admin/catalogue/import")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        var csv = await export.GetAsync("/admin/catalogue/export");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsByteArrayAsync())[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a BOM, so spreadsheets read the diacritics");
        (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').ShouldStartWith("id,sku,status,category");
        var nav = await export.GetStringAsync("/");
        nav.ShouldContain("href=\"/admin/catalogue\"");
        (await producer.GetStringAsync("/")).ShouldContain("href=\"/account/products\"");
    }
}
