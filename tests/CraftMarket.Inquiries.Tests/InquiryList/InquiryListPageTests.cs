using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Tests.InquiryList;

/// <summary>
/// The buyer's side in pages, as a browser without script: "Request a quote" on the kept product
/// page, the add page, the list kept for an anonymous visitor and through sign-in, the count part,
/// sending a list that spans two villages as one inquiry each.
/// </summary>
[Collection(InquiriesCollection.Name)]
public sealed partial class InquiryListPageTests(InquiriesApp app)
{
    [GeneratedRegex("<ul class=\"error inquiry-line-errors\" id=\"err-(\\d+)\" role=\"alert\">\\s*<li>([^<]+)</li>")]
    private static partial Regex LineError();

    [Fact]
    public async Task The_product_page_links_to_the_add_page_with_a_plain_link_and_no_form()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var page = await app.ClientFor("bat-trang").GetStringAsync("/en" + ProductPaths.Of(product.Id, product.Name));

        page.ShouldContain($"id=\"request-quote\" href=\"/en/inquiry-list/add?product={product.Id}\">Request a quote</a>");
        page.ShouldNotContain("__RequestVerificationToken");
        (await app.ClientFor("bat-trang").GetStringAsync("/ja" + ProductPaths.Of(product.Id, product.Name))).ShouldContain("見積もりを依頼");
    }

    [Fact]
    public async Task An_anonymous_visitor_keeps_the_list_across_requests_and_through_sign_in_then_sends_it()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var (browser, jar) = Browse("bat-trang");
        var quantity = ListGiven.Valid(product, extraCases: 1);

        var add = await AddAsync(browser, product, quantity);
        add.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        add.Headers.Location!.ToString().ShouldBe("/inquiry-list");
        add.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("cm-inquiry-list=", StringComparison.Ordinal)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        var list = await browser.GetStringAsync("/inquiry-list");
        list.ShouldContain($"name=\"Quantity[0]\" type=\"number\" inputmode=\"numeric\" min=\"1\" max=\"1000000\" value=\"{quantity}\"");
        list.ShouldContain("id=\"signin\"");
        list.ShouldNotContain("id=\"send-inquiry\"");
        Count(jar, "https://bat-trang.localhost/").ShouldBe("1");

        await browser.SignedInWithCookie(DemoBuyers.Decor);
        var signedIn = await browser.GetStringAsync("/inquiry-list");
        signedIn.ShouldContain($"value=\"{quantity}\"");
        signedIn.ShouldContain("id=\"send-inquiry\"");

        var refused = await SendAsync(browser, requiredBy: ListGiven.Later, files: [("spec.pdf", ListGiven.Pdf()), ("drawing.pdf", ListGiven.ExeNamedPdf())]);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("drawing.pdf: ");

        var sent = await SendAsync(browser, requiredBy: ListGiven.Later, files: [("spec.pdf", ListGiven.Pdf()), ("glaze.jpg", ListGiven.Jpeg())]);
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        var location = sent.Headers.Location!.ToString();
        location.ShouldStartWith("/inquiry-list/sent?list=");
        var listId = Guid.Parse(Regex.Match(location, "list=([0-9a-f-]{36})").Groups[1].Value);

        await using var scope = app.ScopeFor("bat-trang");
        var inquiry = await InquiriesSite.Db(scope).Inquiries.AsNoTracking().SingleAsync(i => i.ListId == listId);
        inquiry.Source.ShouldBe(InquirySource.Village);
        inquiry.Buyer.Email.ShouldBe(DemoBuyers.Decor);
        inquiry.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(quantity);
        inquiry.DestinationCountry.ShouldBe("US");
        inquiry.Attachments.Select(a => (a.FileName, a.ContentType)).ShouldBe([("spec.pdf", "application/pdf"), ("glaze.jpg", "image/jpeg")]);

        var confirmation = await browser.GetStringAsync(location);
        confirmation.ShouldContain(inquiry.Number);
        confirmation.ShouldContain($"/account/inquiries/{inquiry.Id}");
        Count(jar, "https://bat-trang.localhost/").ShouldBeNull("a sent list starts again empty");

        // Another buyer with the list id sees nothing of it.
        var other = await app.ClientFor("bat-trang").SignedInWithCookie(DemoBuyers.Homeware);
        (await other.GetStringAsync(location)).ShouldNotContain(inquiry.Number);
    }

    [Fact]
    public async Task A_list_spanning_two_villages_becomes_two_inquiries_with_one_list_id_each_under_its_own_village()
    {
        var bowl = await ListGiven.CasedProductAsync(app, "bat-trang", 2);
        var scarf = await ListGiven.CasedProductAsync(app, "van-phuc", 2);
        // The path form of the villages' sites: one host, so one list (ADR 0044).
        var (browser, jar) = Browse(null);

        (await AddAsync(browser, bowl, ListGiven.Valid(bowl), prefix: "/v/bat-trang")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var village = await browser.GetStringAsync("/v/van-phuc/inquiry-list");
        village.ShouldContain("Inquiry list");
        village.ShouldNotContain("Your list is empty", customMessage: "the first village's line shows on the second village's site");
        (await AddAsync(browser, scarf, ListGiven.Valid(scarf), prefix: "/v/van-phuc")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var seenInVillage = await browser.GetStringAsync("/v/van-phuc/inquiry-list");
        seenInVillage.ShouldContain("Inquiry 1 of 2");
        seenInVillage.ShouldContain("Inquiry 2 of 2");

        await browser.SignedInWithCookie(DemoBuyers.Homeware);
        var page = await browser.GetStringAsync("/inquiry-list");
        page.ShouldContain("it will be sent as 2 inquiries");
        var listCookie = jar.GetCookies(new Uri("https://localhost/"))["cm-inquiry-list"]!.Value;
        var sent = await SendAsync(browser, requiredBy: ListGiven.Later);
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        var listId = Guid.Parse(Regex.Match(sent.Headers.Location!.ToString(), "list=([0-9a-f-]{36})").Groups[1].Value);

        await using var batTrang = app.ScopeFor("bat-trang");
        var first = await InquiriesSite.Db(batTrang).Inquiries.AsNoTracking().SingleAsync(i => i.ListId == listId);
        first.TenantId.ShouldBe(app.TenantIdOf("bat-trang"));
        first.Source.ShouldBe(InquirySource.CrossVillage, "sent from the platform host");
        first.Lines.ShouldHaveSingleItem().ProductId.ShouldBe(bowl.Id);
        await using var vanPhuc = app.ScopeFor("van-phuc");
        var second = await InquiriesSite.Db(vanPhuc).Inquiries.AsNoTracking().SingleAsync(i => i.ListId == listId);
        second.TenantId.ShouldBe(app.TenantIdOf("van-phuc"));
        second.Lines.ShouldHaveSingleItem().ProductId.ShouldBe(scarf.Id);
        second.Number.ShouldStartWith("VP-");
        second.Buyer.UserId.ShouldBe(first.Buyer.UserId);

        var confirmation = await browser.GetStringAsync(sent.Headers.Location!.ToString());
        confirmation.ShouldContain(first.Number);
        confirmation.ShouldContain(second.Number);
        confirmation.ShouldContain($"van-phuc.localhost/account/inquiries/{second.Id}");

        // A second click that left with the same list (the cookie before the first answer) finds the inquiries made.
        jar.SetCookies(new Uri("https://localhost/"), $"cm-inquiry-list={listCookie}; path=/");
        var again = await SendAsync(browser, requiredBy: ListGiven.Later);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.Headers.Location.ShouldBe(sent.Headers.Location);
        (await InquiriesSite.Db(vanPhuc).Inquiries.CountAsync(i => i.ListId == listId)).ShouldBe(1);
        (await InquiriesSite.Db(batTrang).Inquiries.CountAsync(i => i.ListId == listId)).ShouldBe(1);
    }

    [Fact]
    public async Task Each_refusal_is_shown_beside_its_line_in_the_buyers_language_and_nothing_is_sent()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang", 3);
        var (browser, jar) = Browse("bat-trang");
        (await AddAsync(browser, product, ListGiven.Valid(product))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await browser.SignedInWithCookie(DemoBuyers.Homeware);

        var early = ListGiven.Today.AddDays(1);
        var response = await SendAsync(browser, requiredBy: early, quantity: (product.MinimumOrderQuantity - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            page: "/ja/inquiry-list");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var errors = LineError().Matches(html).Select(m => (m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        // In the product's own unit, in Japanese ("10セット"), never pieces whatever the unit (ADR 0073).
        errors.ShouldContain(("0", $"最小発注数量{SharedKernel.Trade.UnitWords.Quantity(product.MinimumOrderQuantity, product.Unit, "ja", new System.Globalization.CultureInfo("ja"))}を下回っています。"));
        System.Net.WebUtility.HtmlDecode(html).ShouldContain($"村が約束できる最短の納品日は{ListGiven.Today.AddDays(product.LeadTimeDays):yyyy-MM-dd}です。");
        await using var scope = app.ScopeFor("bat-trang");
        var listId = ListIdIn(jar, "https://bat-trang.localhost/");
        (await InquiriesSite.Db(scope).Inquiries.AnyAsync(i => i.ListId == listId)).ShouldBeFalse();
        html.ShouldContain("id=\"send-inquiry\"");
    }

    [Fact]
    public async Task Staff_signed_in_with_a_list_are_told_only_buyer_accounts_can_send()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var (browser, _) = Browse("bat-trang");
        (await AddAsync(browser, product, ListGiven.Valid(product))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await browser.SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));

        var page = await browser.GetStringAsync("/inquiry-list");
        page.ShouldContain("id=\"not-a-buyer\"");
        page.ShouldNotContain("id=\"send-inquiry\"");
        var forced = await SendAsync(browser, requiredBy: ListGiven.Later, skipTerms: true);
        (await forced.Content.ReadAsStringAsync()).ShouldContain("Only buyer accounts can send inquiries.");
    }

    [Fact]
    public async Task The_add_page_shows_the_terms_and_refuses_an_unknown_variant_or_a_quantity_below_the_minimum()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var (browser, jar) = Browse("bat-trang");
        var page = await browser.GetStringAsync($"/inquiry-list/add?product={product.Id}");
        page.ShouldContain(SharedKernel.Trade.UnitWords.Quantity(product.MinimumOrderQuantity, product.Unit, "en", System.Globalization.CultureInfo.InvariantCulture));
        page.ShouldContain($"{product.LeadTimeDays} days");
        page.ShouldContain($"value=\"{ListGiven.Valid(product)}\"", customMessage: "the first quantity offered is the minimum in whole cases");

        var below = await AddAsync(browser, product, product.MinimumOrderQuantity - 1);
        below.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await below.Content.ReadAsStringAsync()).ShouldContain($"Below the minimum order of {SharedKernel.Trade.UnitWords.Quantity(product.MinimumOrderQuantity, product.Unit, "en", System.Globalization.CultureInfo.InvariantCulture)}.");
        var variant = await AddAsync(browser, product, ListGiven.Valid(product), sku: "NO-SUCH-SKU");
        (await variant.Content.ReadAsStringAsync()).ShouldContain("This product has no variant NO-SUCH-SKU.");
        Count(jar, "https://bat-trang.localhost/").ShouldBeNull();

        var theirs = await ListGiven.CasedProductAsync(app, "van-phuc");
        (await browser.GetAsync($"/inquiry-list/add?product={theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_count_part_reads_the_visitors_own_cookie_and_ignores_a_forged_one()
    {
        var part = app.Services.GetServices<IPersonalPart>().Single(p => p.Name == "inquiry-list-count");
        var (browser, jar) = Browse(null);
        Count(jar, "https://localhost/").ShouldBeNull("an empty list shows no badge");
        var a = await ListGiven.CasedProductAsync(app, "bat-trang", 0);
        var b = await ListGiven.CasedProductAsync(app, "dong-ky", 1);
        await AddAsync(browser, a, ListGiven.Valid(a), prefix: "/v/bat-trang");
        await AddAsync(browser, b, ListGiven.Valid(b), prefix: "/v/dong-ky");
        await AddAsync(browser, a, ListGiven.Valid(a, extraCases: 3), prefix: "/v/bat-trang");   // the same product again sets its quantity
        Count(jar, "https://localhost/").ShouldBe("2");
        Count(jar, "https://bat-trang.localhost/").ShouldBeNull("a dotless development domain keeps the cookie on its host");

        // Quantities are edited and lines removed on the list page, without script.
        var html = await browser.GetStringAsync("/inquiry-list");
        html.ShouldContain($"value=\"{ListGiven.Valid(a, extraCases: 3)}\"");
        var token = Forms.Antiforgery(html);
        var changed = ListGiven.Valid(b, extraCases: 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var update = await browser.PostFormAsync("/inquiry-list?handler=Update", new Dictionary<string, string>
        {
            ["Quantity[0]"] = ListGiven.Valid(a).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Quantity[1]"] = changed,
        }, token);
        update.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetStringAsync("/inquiry-list")).ShouldContain($"name=\"Quantity[1]\" type=\"number\" inputmode=\"numeric\" min=\"1\" max=\"1000000\" value=\"{changed}\"");
        var remove = await browser.PostFormAsync("/inquiry-list?handler=Remove", new Dictionary<string, string> { ["line"] = "0" }, token);
        remove.StatusCode.ShouldBe(HttpStatusCode.OK);
        Count(jar, "https://localhost/").ShouldBe("1");
        (await browser.GetStringAsync("/inquiry-list")).ShouldContain($"value=\"{changed}\"");

        var forged = new DefaultHttpContext();
        forged.Request.Headers.Cookie = "cm-inquiry-list=" + Convert.ToBase64String(new byte[64]).TrimEnd('=');
        (await part.ValueAsync(forged, CancellationToken.None)).ShouldBeNull();
    }

    // ---- a browser's steps ----

    private static async Task<HttpResponseMessage> AddAsync(HttpClient browser, PublishedProduct product, int quantity, string? sku = null,
        string prefix = "")
    {
        var url = $"{prefix}/inquiry-list/add?product={product.Id}";
        var fields = new Dictionary<string, string> { ["product"] = product.Id.ToString(), ["Quantity"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (sku is not null) fields["variant"] = sku;
        return await browser.SubmitAsync(url, fields);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient browser, DateOnly requiredBy, string? quantity = null, string page = "/inquiry-list",
        bool skipTerms = false, params (string Name, byte[] Bytes)[] files)
    {
        var html = await browser.GetStringAsync(page);
        var token = Forms.Antiforgery(html);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        foreach (Match m in Regex.Matches(html, "name=\"(Quantity\\[\\d+\\])\"[^>]*value=\"(\\d+)\""))
            form.Add(new StringContent(quantity ?? m.Groups[2].Value), m.Groups[1].Value);
        if (!skipTerms)
        {
            form.Add(new StringContent(requiredBy.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "RequiredBy");
            form.Add(new StringContent("FOB"), "Incoterm");
            form.Add(new StringContent("US"), "DestinationCountry");
            form.Add(new StringContent("USD"), "TargetCurrency");
            form.Add(new StringContent("Gift boxes"), "Packaging");
        }
        foreach (var (name, bytes) in files) form.Add(new ByteArrayContent(bytes), "Attachments", name);
        return await browser.PostAsync($"{page}?handler=Send", form);
    }

    /// <summary>A browser on the village's site whose cookie jar the test can read (as <c>app.ClientFor</c>, which keeps its jar to itself).</summary>
    private (HttpClient Browser, CookieContainer Jar) Browse(string? slug)
    {
        var cookies = new BrowserCookies();
        var client = app.CreateDefaultClient(new Uri(slug is null ? "http://localhost/" : $"http://{slug}.localhost/"), cookies);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return (client, cookies.Container);
    }

    /// <summary>The id of the list in the browser's cookie, read as the site reads it.</summary>
    private Guid ListIdIn(CookieContainer jar, string site)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = jar.GetCookieHeader(new Uri(site));
        return app.Services.GetRequiredService<CraftMarket.Inquiries.Features.InquiryList.ListCookie>().Read(http).Id;
    }

    /// <summary>The count part's answer for the cookies the browser would send to <paramref name="site"/>, as the host would ask it.</summary>
    private string? Count(CookieContainer jar, string site)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = jar.GetCookieHeader(new Uri(site));
        var part = app.Services.GetServices<IPersonalPart>().Single(p => p.Name == "inquiry-list-count");
        return part.ValueAsync(http, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }
}
