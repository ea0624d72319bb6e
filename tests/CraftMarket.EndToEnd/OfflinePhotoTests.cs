using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetVips;

namespace CraftMarket.EndToEnd;

/// <summary>
/// A household in Dong Ky on a cheap phone (360 x 740) with no signal (ADR 0070). Photos taken
/// offline wait on the phone (IndexedDB) as "Đang chờ sóng", survive a reload that only the service
/// worker can answer, and are sent by tus when the signal returns; a transfer cut at half resumes from
/// the server's offset, so the server receives every byte once. Dong Ky's household is used by no
/// other browser test, so the photo counts here are this class's own.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class OfflinePhotoTests(LiveSite site)
{
    private const string Village = "dong-ky";
    private const string Household = "0917 350 648";

    [Fact]
    public async Task Photos_taken_without_signal_wait_on_the_phone_through_a_reload_and_are_sent_when_the_signal_returns()
    {
        var page = await site.NewPageAsync(360, 740);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(site.Url(Village, "/account/login"), new() { Timeout = 120_000 });   // a cold site on a busy machine
        await site.SignInAsync(page, Village, Household);
        var photosPath = await PhotoPageAsync(page, 0);
        var before = await page.Locator("li.photo-item").CountAsync();

        // The worker is registered by the page's script, takes the page over and keeps the page and its files.
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        await page.WaitForFunctionAsync(
            """
            async () => {
              const cache = await caches.open('craftmarket-photo-page-v1');
              const keys = (await cache.keys()).map(r => r.url);
              return keys.includes(location.origin + location.pathname)
                && [/\/photos[^/]*\.js/, /\/photo-queue[^/]*\.js/, /\/photos[^/]*\.css/].every(f => keys.some(k => f.test(k)));
            }
            """, null, new() { PollingInterval = 200 });

        await page.Context.SetOfflineAsync(true);
        await page.SetInputFilesAsync("#photo-camera", new[]
        {
            new FilePayload { Name = "ban-tho.jpg", MimeType = "image/jpeg", Buffer = Photo(1600, 1200, 1) },
            new FilePayload { Name = "tu-go.jpg", MimeType = "image/jpeg", Buffer = Photo(1600, 1200, 2) },
        });
        var waiting = page.Locator("#uploads li[data-state=waiting] .state");
        await Expect(waiting, 2);
        (await waiting.AllTextContentsAsync()).ShouldAllBe(t => t == "Đang chờ sóng");

        // Closed and opened again with no signal: only the service worker can answer, from what it kept.
        (await page.EvaluateAsync<bool>("() => fetch(location.href).then(() => true, () => false)")).ShouldBeFalse("the page itself has no network");
        var reloaded = await page.ReloadAsync();
        reloaded.ShouldNotBeNull();
        reloaded.FromServiceWorker.ShouldBeTrue();
        reloaded.Status.ShouldBe(200);
        (await page.TextContentAsync("h1")).ShouldBe("Ảnh sản phẩm");
        await Expect(waiting, 2);
        (await waiting.AllTextContentsAsync()).ShouldAllBe(t => t == "Đang chờ sóng");
        (await page.Locator("li.photo-item").CountAsync()).ShouldBe(before, "nothing reached the server");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath("photos-waiting-for-signal-360x740"), FullPage = true });

        await page.Context.SetOfflineAsync(false);
        await page.Locator("li.photo-item").Nth(before + 1).WaitForAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('li.photo-item[data-state=ready]').length >= {before + 2}", null, new() { Timeout = 90_000 });
        (await page.Locator("li.photo-item").CountAsync()).ShouldBe(before + 2, "each photo once");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#uploads li').length === 0");
        (await page.EvaluateAsync<int>("() => CraftMarketPhotoQueue.all().then(items => items.length)")).ShouldBe(0, "the phone keeps nothing it has sent");
        page.Url.ShouldEndWith(photosPath);
        errors.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_transfer_cut_at_half_resumes_from_the_servers_offset_and_sends_only_the_missing_bytes()
    {
        // Requests a service worker makes are not routed; this test is about the page's tus client, so the context has none.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = "vi-VN",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(Village, "/account/login"), new() { Timeout = 120_000 });   // a cold site on a busy machine
        await site.SignInAsync(page, Village, Household);
        await PhotoPageAsync(page, 1);
        var before = await page.Locator("li.photo-item").CountAsync();

        var photo = Photo(1600, 1200, 3, noise: true);
        var half = photo.Length / 2;
        var patches = new List<(long Offset, int Length)>();
        var heads = new List<long>();
        long forwarded = 0, cutAt = -1;
        var failures = new List<string>();
        await page.RouteAsync(new Regex("/photo-uploads/[0-9a-f]+$"), async route =>
        {
            try
            {
                await Relay(route);
            }
            catch (Exception e)
            {
                failures.Add($"{route.Request.Method}: {e.Message}");
                await route.AbortAsync("failed");
            }
        });

        // The test relays the tus requests itself (Playwright's own fetch cannot resolve *.localhost), so it knows every byte the server got.
        async Task Relay(IRoute route)
        {
            var request = route.Request;
            if (request.Method == "HEAD")
            {
                var answer = await ForwardAsync(request, null);
                heads.Add(long.Parse(answer.Headers["Upload-Offset"], CultureInfo.InvariantCulture));
                await route.FulfillAsync(new() { Status = answer.Status, Headers = answer.Headers });
                return;
            }
            if (request.Method != "PATCH") { await route.ContinueAsync(); return; }
            var offset = long.Parse(request.Headers["upload-offset"], CultureInfo.InvariantCulture);
            var body = request.PostDataBuffer ?? throw new InvalidOperationException("a PATCH without a body");
            patches.Add((offset, body.Length));
            if (cutAt < 0 && offset < half && offset + body.Length > half)
            {
                // The link dies mid-chunk: the server gets the bytes up to the half, the phone never hears back.
                var sent = body[..(int)(half - offset)];
                var partial = await ForwardAsync(request, sent);
                if (partial.Status != 204) throw new InvalidOperationException($"the half PATCH answered {partial.Status}: {partial.Body}");
                forwarded += sent.Length;
                cutAt = half;
                await route.AbortAsync("connectionreset");
                return;
            }
            var response = await ForwardAsync(request, body);
            if (response.Status is not (204 or 200)) failures.Add($"PATCH at {offset} answered {response.Status}: {response.Body}");
            forwarded += body.Length;
            await route.FulfillAsync(new() { Status = response.Status, Headers = response.Headers, Body = response.Body });
        }

        await page.SetInputFilesAsync("#photo-gallery", new FilePayload { Name = "sap-go.jpg", MimeType = "image/jpeg", Buffer = photo });
        for (var i = 0; i < 600 && failures.Count == 0 && await page.Locator("#uploads li").CountAsync() > 0; i++) await Task.Delay(100);
        failures.ShouldBeEmpty();
        (await page.Locator("#uploads li").CountAsync()).ShouldBe(0, await page.Locator("#uploads").InnerTextAsync());
        await page.Locator("li.photo-item").Nth(before).WaitForAsync(new() { Timeout = 30_000 });

        cutAt.ShouldBe(half, "the cut happened inside a chunk");
        heads.ShouldContain(half, "after the cut the page asked the server how much it has");
        var resumed = patches.SkipWhile(p => p.Offset + p.Length <= half).Skip(1).ToList();
        resumed.ShouldNotBeEmpty();
        resumed[0].Offset.ShouldBe(half, "the next chunk starts where the server stopped, not at 0");
        forwarded.ShouldBe(photo.Length, "the server received every byte exactly once");
        patches.ShouldAllBe(p => p.Length <= 256 * 1024, "chunks of at most 256 KB");
        (await page.Locator("li.photo-item").CountAsync()).ShouldBe(before + 1, "one photo, not two");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('li.photo-item[data-state=ready]').length >= {before + 1}", null, new() { Timeout = 90_000 });
        await context.CloseAsync();
    }

    private static readonly HttpClient Relayed = new();

    /// <summary>Sends a page's tus request to the site as the browser would have (its cookies, token and village host).</summary>
    private async Task<(int Status, Dictionary<string, string> Headers, string Body)> ForwardAsync(IRequest request, byte[]? body)
    {
        var url = new Uri(request.Url);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(site.Url(null, url.PathAndQuery)));
        message.Headers.Host = url.Authority;
        foreach (var (name, value) in await request.AllHeadersAsync())
            if (name is not ("host" or "content-length" or "content-type") && !name.StartsWith(':')) message.Headers.TryAddWithoutValidation(name, value);
        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/offset+octet-stream");
        }
        using var response = await Relayed.SendAsync(message);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return ((int)response.StatusCode, headers, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the photo page of the household's <paramref name="index"/>-th product and answers its path.</summary>
    private async Task<string> PhotoPageAsync(IPage page, int index)
    {
        await page.GotoAsync(site.Url(Village, "/account/products"));
        var productPath = await page.Locator(".product-list li a[href*='/account/products/']").Nth(index).GetAttributeAsync("href");
        productPath.ShouldNotBeNull("the demo household has products");
        var photosPath = productPath.TrimEnd('/') + "/photos";
        await page.GotoAsync(site.Url(Village, photosPath));
        (await page.TextContentAsync("h1")).ShouldBe("Ảnh sản phẩm");
        return photosPath;
    }

    private static async Task Expect(ILocator locator, int count)
    {
        for (var i = 0; i < 100 && await locator.CountAsync() != count; i++) await Task.Delay(100);
        (await locator.CountAsync()).ShouldBe(count);
    }

    /// <summary>A camera-like JPEG; with <paramref name="noise"/> it compresses badly, so it is several chunks long.</summary>
    private static byte[] Photo(int width, int height, int seed, bool noise = false)
    {
        using var xy = Image.Xyz(width, height);
        using var r = xy[0] * (200.0 / width) + seed * 10;
        using var g = xy[1] * (160.0 / height);
        using var b = (xy[0] + xy[1]) * (120.0 / (width + height));
        using var background = r.Bandjoin(g, b);
        using var grain = noise ? Image.Gaussnoise(width, height, sigma: 40, mean: 0, seed: seed) : null;
        using var mixed = grain is null ? background.Copy() : background + grain;
        using var photo = mixed.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return photo.JpegsaveBuffer(q: 92, keep: Enums.ForeignKeep.None);
    }
}
