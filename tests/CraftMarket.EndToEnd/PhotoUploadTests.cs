using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetVips;

namespace CraftMarket.EndToEnd;

/// <summary>
/// A producer on a phone (390 x 844) adds photos to one of their published products: signs in,
/// opens the product's photo page, picks a 12-megapixel JPEG, which the page shrinks to 2560 px and
/// uploads (tus, ADR 0070); the list shows it ready. A second upload loses its connection once and is
/// retried with the same idempotency key; the move button makes it the cover. Buyers then see both on the product page as
/// &lt;picture&gt;s whose AVIF source Chromium chooses. The manager page passes axe.
/// The live site seeds no demo photos, so the product's only photo is this one.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class PhotoUploadTests(LiveSite site)
{
    private const string Producer = "0912 345 601";

    [Fact]
    public async Task A_producer_uploads_a_photo_from_a_phone_and_buyers_see_it_on_the_product_page()
    {
        var page = await site.NewPageAsync(390, 844);
        // The page's own script and styles, and the village's favicon, must load and run cleanly.
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"{r.Status} {r.Url}"); };
        await page.GotoAsync(site.Url("bat-trang", "/account/login"), new() { Timeout = 120_000 });   // a cold site on a busy machine
        await page.FillAsync("#Login", Producer);
        await page.FillAsync("#Password", "CraftMarket!2026");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync(site.Url("bat-trang", "/account/products"));
        var productPath = await page.Locator(".product-list li:has(.status-published) a").First.GetAttributeAsync("href");
        productPath.ShouldNotBeNull("the demo producer has a published product");
        var productId = productPath.Split('/')[^1];
        await page.GotoAsync(site.Url("bat-trang", $"{productPath}/photos"));
        (await page.TextContentAsync("h1")).ShouldBe("Ảnh sản phẩm");
        errors.ShouldBeEmpty();
        (await page.Locator(".upload-submit").CountAsync()).ShouldBe(0, "the script uploads on choosing; the plain form's button goes");

        // What the page sends, chunk by chunk (tus PATCHes at their offsets): the whole is the photo the server gets.
        var chunks = new SortedDictionary<long, byte[]>();
        void Collect(object? sender, IRequest r)
        {
            if (r.Method == "PATCH" && r.Url.Contains("/photo-uploads/", StringComparison.Ordinal))
                chunks[long.Parse(r.Headers["upload-offset"], System.Globalization.CultureInfo.InvariantCulture)] = r.PostDataBuffer!;
        }
        page.Request += Collect;
        var upload = page.WaitForResponseAsync(Completing, new() { Timeout = 60_000 });
        await page.SetInputFilesAsync("#photo-gallery", new FilePayload { Name = "binh-gom.jpg", MimeType = "image/jpeg", Buffer = Photo(4000, 3000) });
        (await upload).Ok.ShouldBeTrue();
        page.Request -= Collect;
        using (var sent = Image.NewFromBuffer(chunks.Values.SelectMany(c => c).ToArray()))
        {
            sent.Width.ShouldBe(2560, "the page shrank the 4000 px photo before sending it");
            sent.Height.ShouldBe(1920);
        }

        var ready = page.Locator("li.photo-item[data-state=ready]");
        await ready.WaitForAsync(new() { Timeout = 90_000 });
        (await ready.Locator(".photo-state").TextContentAsync()).ShouldBe("Sẵn sàng");
        (await ready.Locator(".badge").TextContentAsync()).ShouldBe("Ảnh bìa");
        (await page.Locator("#uploads li").CountAsync()).ShouldBe(0, "a finished upload leaves the progress list");
        var first = await ready.GetAttributeAsync("data-photo");

        // The connection drops as the next upload begins: the page tries again by itself, with the same id.
        var keys = new List<string>();
        await page.RouteAsync(new Regex("/photo-uploads$"), async route =>
        {
            keys.Add(route.Request.Headers["idempotency-key"]);
            if (keys.Count == 1) await route.AbortAsync("connectionreset");
            else await route.ContinueAsync();
        });
        var retried = page.WaitForResponseAsync(Completing, new() { Timeout = 60_000 });
        await page.SetInputFilesAsync("#photo-gallery", new FilePayload { Name = "binh-gom-2.jpg", MimeType = "image/jpeg", Buffer = Photo(1600, 1200) });
        (await retried).Ok.ShouldBeTrue();
        keys.Count.ShouldBe(2);
        keys[1].ShouldBe(keys[0], "a retry is the same upload");
        await page.Locator("li.photo-item[data-state=ready]").Nth(1).WaitForAsync(new() { Timeout = 90_000 });
        var items = page.Locator("li.photo-item");
        (await items.CountAsync()).ShouldBe(2, "the dropped attempt added nothing");
        var second = await items.Nth(1).GetAttributeAsync("data-photo");

        // Move the second photo first with its button: the list is redrawn in place and focus stays on that photo.
        await items.Nth(1).Locator("button[data-action=up]").ClickAsync();
        await page.WaitForFunctionAsync($"() => document.querySelector('li.photo-item')?.dataset.photo === '{second}'");
        (await items.Nth(0).Locator(".badge").TextContentAsync()).ShouldBe("Ảnh bìa");
        (await page.EvaluateAsync<string?>("() => document.activeElement?.closest('li.photo-item')?.dataset.photo")).ShouldBe(second);
        (await page.TextContentAsync("#photo-status"))!.Trim().ShouldBe("Đã lưu thứ tự ảnh.");
        await page.UnrouteAllAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath("photo-manager-390x844"), FullPage = true });
        await Axe.ShouldHaveNoViolationsAsync(page, "the photo manager");

        var buyer = await site.NewPageAsync(390, 844);
        (await buyer.GotoAsync(site.Url("bat-trang", $"/products/{productId}")))!.Status.ShouldBe(200);
        var picture = buyer.Locator(".product-gallery picture.photo").First;
        (await picture.Locator("source[type='image/avif']").GetAttributeAsync("srcset"))!.ShouldContain($"/media/{second}/", Case.Sensitive, "the cover is first");
        (await picture.Locator("source[type='image/webp']").GetAttributeAsync("srcset"))!.ShouldContain($"/media/{second}/");
        (await buyer.Locator(".product-gallery .thumbs source[type='image/avif']").GetAttributeAsync("srcset"))!.ShouldContain($"/media/{first}/");
        var img = picture.Locator("img");
        (await img.GetAttributeAsync("fetchpriority")).ShouldBe("high");
        await buyer.WaitForFunctionAsync("() => { const i = document.querySelector('.product-gallery img'); return i.complete && i.naturalWidth > 0; }");
        var chosen = await img.EvaluateAsync<string>("i => i.currentSrc");
        chosen.ShouldEndWith(".avif", Case.Sensitive, "Chromium decodes AVIF, so it takes the first source");
        await page.Context.CloseAsync();
        await buyer.Context.CloseAsync();
    }

    /// <summary>The tus PATCH that delivers a photo's last byte: it names the photo the upload became.</summary>
    private static bool Completing(IResponse r) =>
        r.Request.Method == "PATCH" && r.Url.Contains("/photo-uploads/", StringComparison.Ordinal) && r.Headers.ContainsKey("craftmarket-photo-id");

    /// <summary>A 12-megapixel camera-like JPEG: a gradient with a bright disc, the shape of a vase on a table.</summary>
    private static byte[] Photo(int width, int height)
    {
        using var xy = Image.Xyz(width, height);
        using var r = xy[0] * (200.0 / width);
        using var g = xy[1] * (160.0 / height);
        using var b = (xy[0] + xy[1]) * (120.0 / (width + height));
        using var background = r.Bandjoin(g, b).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var dx = xy[0] - width / 2.0;
        using var dy = xy[1] - height / 2.0;
        using var disc = (dx * dx + dy * dy) < Math.Pow(height / 3.0, 2);
        using var photo = disc.Ifthenelse(new double[] { 40, 90, 180 }, background);
        return photo.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }
}
