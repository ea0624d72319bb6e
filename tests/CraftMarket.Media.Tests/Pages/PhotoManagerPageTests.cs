using System.Net;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Media.Tests.Pages;

/// <summary>
/// /account/products/{id}/photos through the real site: who may open it, uploads through its own
/// handler with the cookie and the antiforgery token (the same pipeline as the API), the list the
/// script polls, and the order, cover, removal and staff rejection forms. The page is in Vietnamese
/// by default (the village's language).
/// </summary>
public sealed class PhotoManagerPageTests(SqliteMediaApp app) : IClassFixture<SqliteMediaApp>
{
    [Fact]
    public async Task A_producer_manages_photos_of_their_own_products_only()
    {
        var own = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var someoneElses = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer2);
        var otherVillage = await app.ProductOf("van-phuc", ProductStatus.Draft, MediaApp.VanPhucProducer);
        var producer = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);

        var page = await producer.GetAsync(PhotoPage.Url(own.Id));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        html.ShouldContain("<h1>Ảnh sản phẩm</h1>");
        html.ShouldContain("accept=\"image/*\" capture=\"environment\" multiple");
        html.ShouldContain("enctype=\"multipart/form-data\"");
        html.ShouldContain("/_content/CraftMarket.Media/photos.");
        var inVietnamese = await producer.GetStringAsync("/vi" + PhotoPage.Url(own.Id));
        foreach (var (name, extension) in new[] { ("photos", "js"), ("photos", "css") })
        {
            // Fingerprinted (ADR 27): photos.{hash}.js, the same address in every language and path form.
            var asset = System.Text.RegularExpressions.Regex.Match(inVietnamese, $"\"(/_content/CraftMarket\\.Media/{name}\\.[a-z0-9]+\\.{extension})\"");
            asset.Success.ShouldBeTrue($"{name}.{extension}: one address for the file in every language and path form");
            html.ShouldContain(asset.Groups[1].Value);
            (await producer.GetAsync(asset.Groups[1].Value)).StatusCode.ShouldBe(HttpStatusCode.OK, asset.Groups[1].Value);
        }
        html.ShouldContain("Chưa có ảnh.");
        html.ShouldNotContain("Từ chối", customMessage: "producers do not reject photos");

        (await producer.GetAsync(PhotoPage.Url(someoneElses.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a product of another household");
        (await producer.GetAsync(PhotoPage.Url(otherVillage.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another village's product");
        (await producer.UploadAsScript(someoneElses.Id, TestImages.Jpeg(seed: 301), await producer.TokenAsync(own.Id)))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "nor can it receive photos");
        var anonymous = await app.ClientFor("bat-trang").GetAsync(PhotoPage.Url(own.Id));
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task An_inspector_sees_no_remove_button_and_cannot_post_the_removal()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var (photo, _) = await (await app.SignedIn("bat-trang", MediaApp.BatTrangProducer)).UploadReady(product.Id, TestImages.Jpeg(seed: 321));
        var inspector = await app.SignedInWithCookie("bat-trang", "inspector@bat-trang.craftmarket.local");

        var html = await inspector.ListAsync(product.Id);
        html.ShouldContain("data-action=\"reject\"", customMessage: "inspectors reject");
        html.ShouldNotContain("data-action=\"remove\"");
        var refused = await inspector.Act(product.Id, "Remove", photo);
        // Forbid() sends a signed-in browser to the access-denied page, not back to the list with "removed".
        refused.StatusCode.ShouldBe(HttpStatusCode.Found);
        refused.Headers.Location!.ToString().ShouldNotContain("done=removed");
        PhotoPage.Order(await inspector.ListAsync(product.Id)).ShouldBe([photo]);

        var maker = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        (await maker.ListAsync(product.Id)).ShouldContain("data-action=\"remove\"");
    }

    [Fact]
    public async Task The_script_uploads_through_the_page_with_the_antiforgery_token_and_polls_until_ready()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var bytes = TestImages.Jpeg(seed: 311);

        (await producer.UploadAsScript(product.Id, bytes, token: null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no antiforgery token");
        var token = await producer.TokenAsync(product.Id);
        var key = Guid.NewGuid().ToString();
        var first = await producer.UploadAsScript(product.Id, bytes, token, key);
        first.StatusCode.ShouldBe(HttpStatusCode.Accepted, await first.Content.ReadAsStringAsync());
        var id = (await first.Json()).GetProperty("id").GetGuid();
        var retried = await producer.UploadAsScript(product.Id, bytes, token, key);
        retried.StatusCode.ShouldBe(HttpStatusCode.OK, "a retry after a dropped connection is the same photo");
        (await retried.Json()).GetProperty("id").GetGuid().ShouldBe(id);

        var list = await producer.SettledOnPage(product.Id, id);
        PhotoPage.StateOf(list, id).ShouldBe("ready");
        list.ShouldContain("Sẵn sàng");
        list.ShouldContain("Ảnh bìa");
        list.ShouldContain("data-processing=\"false\"", customMessage: "the script stops polling");
        list.ShouldContain("<source type=\"image/avif\"");
        PhotoPage.Order(list).ShouldBe([id]);

        var refused = await producer.UploadAsScript(product.Id, "not a photo at all"u8.ToArray(), token);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await refused.Json()).GetProperty("detail").GetString().ShouldBe("Tệp này không phải loại ảnh trang nhận (JPEG, PNG, WebP hoặc AVIF).");
    }

    [Fact]
    public async Task The_page_streams_uploads_too_a_body_without_a_length_is_cut_off_past_the_limit()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var body = new CountingBody(TestImages.Jpeg(), totalBytes: 60L * 1024 * 1024, declareLength: false);

        var response = await producer.UploadAsScript(product.Id, body.AsMultipart(), await producer.TokenAsync(product.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Json()).GetProperty("detail").GetString().ShouldBe("Ảnh quá lớn: tối đa 25 MB và 50 megapixel.");
        body.BytesRead.ShouldBeLessThan(30L * 1024 * 1024, "neither antiforgery nor model binding buffered the form: reading stopped past 25 MB");
    }

    [Fact]
    public async Task A_plain_form_declaring_40_MB_is_refused_before_antiforgery_reads_the_form()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var body = new CountingBody(TestImages.Jpeg(), totalBytes: 40L * 1024 * 1024, declareLength: true);
        var form = body.AsMultipart();
        // As the page's form sends it without script: the token is a form field, so checking it means reading the form.
        form.Add(new StringContent(await producer.TokenAsync(product.Id)), "__RequestVerificationToken");
        form.Add(new StringContent(Guid.NewGuid().ToString("N")), "clientId");

        var response = await producer.PostAsync(PhotoPage.Url(product.Id) + "?handler=Upload", form);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Ảnh quá lớn: tối đa 25 MB và 50 megapixel.");
        body.BytesRead.ShouldBeLessThan(1024 * 1024, "refused from Content-Length: neither antiforgery nor binding read 40 MB");
    }

    [Fact]
    public async Task Without_script_the_plain_form_uploads_several_photos_and_sending_it_again_adds_nothing()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var token = await producer.TokenAsync(product.Id);
        var clientId = Guid.NewGuid().ToString("N");
        var files = new[] { TestImages.Jpeg(seed: 321), TestImages.Jpeg(seed: 322) };

        var posted = await producer.UploadAsForm(product.Id, token, clientId, files);
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()).ShouldContain("Đã nhận 2 ảnh, đang xử lý.");
        var again = await producer.UploadAsForm(product.Id, token, clientId, files);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);

        PhotoPage.Order(await producer.ListAsync(product.Id)).Count.ShouldBe(2, "a reloaded form is the same two photos");
        var none = await producer.UploadAsForm(product.Id, token, Guid.NewGuid().ToString("N"));
        WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()).ShouldContain("Hãy chọn ít nhất một ảnh.");
    }

    [Fact]
    public async Task Move_buttons_reorder_and_the_first_ready_photo_becomes_the_cover()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var token = await producer.TokenAsync(product.Id);
        var a = (await (await producer.UploadAsScript(product.Id, TestImages.Jpeg(seed: 331), token)).Json()).GetProperty("id").GetGuid();
        var b = (await (await producer.UploadAsScript(product.Id, TestImages.Jpeg(seed: 332), token)).Json()).GetProperty("id").GetGuid();
        await producer.SettledOnPage(product.Id, a);
        await producer.SettledOnPage(product.Id, b);

        var moved = await producer.Act(product.Id, "Move", b, ("by", "-1"));
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect, "post, then redirect: a reload does not move it again");
        moved.Headers.Location!.ToString().ShouldEndWith("?done=moved");
        var page = WebUtility.HtmlDecode(await producer.GetStringAsync(moved.Headers.Location!.ToString()));
        page.ShouldContain("Đã lưu thứ tự ảnh.");
        PhotoPage.Order(page).ShouldBe([b, a]);
        CoverOf(page).ShouldBe(b);

        (await producer.Act(product.Id, "Cover", a)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await producer.ListAsync(product.Id);
        PhotoPage.Order(list).ShouldBe([a, b]);
        CoverOf(list).ShouldBe(a);

        (await producer.Act(product.Id, "Remove", a)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PhotoPage.Order(await producer.ListAsync(product.Id)).ShouldBe([b]);
    }

    [Fact]
    public async Task Staff_reject_a_photo_with_a_reason_the_producer_then_reads()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var id = (await (await producer.UploadAsScript(product.Id, TestImages.Jpeg(seed: 341), await producer.TokenAsync(product.Id))).Json())
            .GetProperty("id").GetGuid();
        await producer.SettledOnPage(product.Id, id);
        var notStaff = await producer.Act(product.Id, "Reject", id, ("reason", "tự từ chối"));
        notStaff.Headers.Location?.ToString().ShouldNotContain("done=rejected");
        PhotoPage.StateOf(await producer.ListAsync(product.Id), id).ShouldBe("ready", "a producer cannot reject");

        var admin = await app.SignedInWithCookie("bat-trang", Auth.AssociationAdmin("bat-trang"));
        var staffPage = WebUtility.HtmlDecode(await admin.GetStringAsync(PhotoPage.Url(product.Id)));
        staffPage.ShouldContain("Vì sao từ chối? Người sản xuất sẽ đọc lý do này.");
        var empty = await admin.Act(product.Id, "Reject", id, ("reason", "  "));
        WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()).ShouldContain("Hãy ghi lý do từ chối ảnh");
        var rejected = await admin.Act(product.Id, "Reject", id, ("reason", "Ảnh bị mờ, nền lộn xộn. Chụp lại trên nền trắng."));
        rejected.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var seen = await producer.ListAsync(product.Id);
        PhotoPage.StateOf(seen, id).ShouldBe("rejected");
        seen.ShouldContain("Bị từ chối");
        seen.ShouldContain("Lý do:</strong> Ảnh bị mờ, nền lộn xộn. Chụp lại trên nền trắng.");
        CoverOf(seen).ShouldBeNull("a rejected photo is no cover");
    }

    [Fact]
    public async Task The_product_page_of_the_catalogue_shows_the_photos_and_leads_to_the_manager()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var id = (await (await producer.UploadAsScript(product.Id, TestImages.Jpeg(seed: 351), await producer.TokenAsync(product.Id))).Json())
            .GetProperty("id").GetGuid();
        await producer.SettledOnPage(product.Id, id);

        var edit = WebUtility.HtmlDecode(await producer.GetStringAsync($"/account/products/{product.Id.Value}"));
        var section = edit[edit.IndexOf("<section id=\"photos\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        section.ShouldContain($"href=\"/account/products/{product.Id.Value}/photos\"");
        section.ShouldContain("1 ảnh sẵn sàng, 0 đang xử lý, 0 bị từ chối.");
        section.ShouldContain($"/media/{id}/");
    }

    private static Guid? CoverOf(string html)
    {
        var at = html.IndexOf("<span class=\"badge\">Ảnh bìa</span>", StringComparison.Ordinal);
        if (at < 0) return null;
        var item = html.LastIndexOf("data-photo=\"", at, StringComparison.Ordinal);
        return Guid.Parse(html.AsSpan(item + "data-photo=\"".Length, 36));
    }
}
