using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests.Topology;

/// <summary>
/// The whole topology on this machine (<see cref="LocalTopology"/>): a producer uploads a photo through
/// the proxy, the worker renders it into the S3 store, both web nodes serve it; a buyer browses home,
/// catalogue, product and search through the proxy across both nodes; the proxy keeps anonymous pages
/// and never a signed-in one. One fixture for the class: starting it is most of the time.
/// </summary>
public sealed class TopologyTests(LocalTopology topology) : IClassFixture<LocalTopology>
{
    private const string Village = "bat-trang.localhost";
    private const string Producer = "0904 118 273";   // Phạm Thị Lan, a Bát Tràng household (demo data)

    [Fact]
    public async Task A_photo_uploaded_through_the_proxy_is_rendered_by_the_worker_and_served_by_both_web_nodes()
    {
        var served = new HashSet<string>(StringComparer.Ordinal);
        using var producer = topology.ThroughProxy(Village);
        await SignIn(producer, new { phone = Producer, password = Auth.DemoPassword });
        var categories = await Json(await producer.GetAsync("/api/catalogue/categories"), served);
        var name = "Bình gốm thử " + Guid.NewGuid().ToString("N")[..6];
        var created = await producer.PostAsJsonAsync("/api/catalogue/products", new
        {
            categoryId = categories.EnumerateArray().First().GetProperty("id").GetGuid(),
            name = new Dictionary<string, string> { ["vi"] = name, ["en"] = "Topology vase " + name[^6..] },
            description = new Dictionary<string, string> { ["vi"] = "Bình gốm men rạn.", ["en"] = "A crackle-glaze vase." },
            material = new Dictionary<string, string> { ["vi"] = "Gốm", ["en"] = "Ceramic" },
            basePriceVnd = 150_000, minimumOrderQuantity = 10, orderMultiple = 1, leadTimeDays = 30, placeOfOrigin = "Bát Tràng",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var product = (await Json(created, served)).GetProperty("id").GetGuid();

        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(LocalTopology.RepoRoot, "tests", "CraftMarket.Media.Tests", "Imaging", "Photos", "coffee.jpg")));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "coffee.jpg");
        var upload = await producer.PostAsync($"/api/products/{product}/photos", form);
        upload.StatusCode.ShouldBe(HttpStatusCode.Accepted, await upload.Content.ReadAsStringAsync());
        var photo = (await Json(upload, served)).GetProperty("id").GetGuid();

        // Rendered off the request, by the worker (the web nodes run no background work).
        var state = await EventuallyValue(async () =>
        {
            var json = await Json(await producer.GetAsync($"/api/products/{product}/photos/{photo}"), served);
            return json.GetProperty("state").GetString() == "processing" ? (JsonElement?)null : json;
        }, "the photo is rendered");
        state.GetProperty("state").GetString().ShouldBe("ready", state.ToString());

        // Published through the association's review, as a household's product is.
        (await producer.PostAsync($"/api/catalogue/products/{product}/submit", null)).IsSuccessStatusCode.ShouldBeTrue("submit");
        using var admin = topology.ThroughProxy(Village);
        await SignIn(admin, new { email = Auth.AssociationAdmin("bat-trang"), password = Auth.DemoPassword });
        var approved = await admin.PostAsync($"/api/catalogue/products/{product}/approve", null);
        approved.IsSuccessStatusCode.ShouldBeTrue(await approved.Content.ReadAsStringAsync());

        var thumbnail = state.GetProperty("thumbnailUrl").GetString()!;
        thumbnail.ShouldStartWith("/media/");
        var bytesOn = new Dictionary<string, byte[]>();
        foreach (var node in new[] { LocalTopology.Web1, LocalTopology.Web2 })
        {
            using var direct = topology.Direct(node, Village);
            bytesOn[node] = await Eventually(async () =>
            {
                var response = await direct.GetAsync(thumbnail);
                return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsByteArrayAsync() : null;
            }, $"{node} serves the published photo's rendition");
        }
        bytesOn[LocalTopology.Web1].ShouldBe(bytesOn[LocalTopology.Web2], "one S3 store: both nodes serve the same rendition");

        // And the buyer, through the proxy, sees it on the product page from both nodes.
        using var buyer = topology.ThroughProxy(Village);
        for (var i = 0; i < 4; i++)
        {
            var page = await buyer.GetAsync($"/products/{product}");
            if (page.StatusCode == HttpStatusCode.MovedPermanently) page = await buyer.GetAsync(page.Headers.Location);   // to the URL with the product's slug
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync()).ShouldContain(thumbnail.Split('/')[2], customMessage: "the page shows the photo");
            served.Add(NodeOf(page));
        }
        served.ShouldBe([LocalTopology.Web1, LocalTopology.Web2], ignoreOrder: true, customMessage: "the proxy balanced the producer's and buyer's requests over both web nodes");
    }

    [Fact]
    public async Task A_buyer_browses_home_catalogue_product_and_search_through_the_proxy_on_both_web_nodes()
    {
        using var buyer = topology.ThroughProxy(Village);
        // Search is the worker's Lucene index in the shared data directory, read by both web nodes.
        var searchedOn = new HashSet<string>(StringComparer.Ordinal);
        await EventuallyValue(async () =>
        {
            var response = await buyer.GetAsync("/api/search?q=gốm");
            if (response.StatusCode != HttpStatusCode.OK) return (bool?)null;
            var total = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt64();
            if (total > 0) searchedOn.Add(NodeOf(response));
            return searchedOn.Count == 2 ? true : null;
        }, "both web nodes find the demo pottery in the worker's index");

        var nodes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var round = 0; round < 2; round++)
        {
            var home = await Page(buyer, "/", nodes);
            var catalogue = await Page(buyer, "/products", nodes);
            var productLink = System.Text.RegularExpressions.Regex.Match(catalogue, "href=\"(/products/[0-9a-f-]{36}[^\"]*)\"");
            productLink.Success.ShouldBeTrue("the catalogue links its products");
            await Page(buyer, WebUtility.HtmlDecode(productLink.Groups[1].Value), nodes);
            var results = await Page(buyer, "/search?q=g%E1%BB%91m", nodes);
            results.ShouldContain("/products/", customMessage: "the search page lists products");
            home.ShouldContain("Bát Tràng");
            // Four pages a round: one more request shifts the round-robin, so each page meets the other node next round.
            (await buyer.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        foreach (var (path, on) in nodes)
            on.ShouldBe([LocalTopology.Web1, LocalTopology.Web2], ignoreOrder: true, customMessage: $"{path} was answered by both web nodes");
    }

    [Fact]
    public async Task Signed_in_pages_and_api_calls_pass_the_proxy_cache_and_are_never_kept()
    {
        using var household = topology.ThroughProxy(Village, cookies: true);
        await household.SignedInWithCookie(Producer);
        for (var i = 0; i < 3; i++)
        {
            var desk = await household.GetAsync("/account/products");
            desk.StatusCode.ShouldBe(HttpStatusCode.OK);
            CacheStatus(desk).ShouldBe("BYPASS", "a signed-in browser never reads the shared cache");
            // The storefront as the household sees it (their name, their menu) is not kept for others either.
            var home = await household.GetAsync("/");
            CacheStatus(home).ShouldBe("BYPASS");
        }
        using var api = topology.ThroughProxy(Village);
        await SignIn(api, new { phone = Producer, password = Auth.DemoPassword });
        CacheStatus(await api.GetAsync("/api/members/me")).ShouldBe("BYPASS", "a token is personal");

        // What the household was shown never reaches an anonymous visitor.
        using var anonymous = topology.ThroughProxy(Village);
        var page = await anonymous.GetAsync("/account/products");
        CacheStatus(page).ShouldNotBe("HIT");
        var me = await anonymous.GetAsync("/api/members/me");
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        CacheStatus(me).ShouldNotBe("HIT");
    }

    /// <summary>
    /// The storefront's shared-cache headers (ADR 0078) and nginx's rules (ADR 0080) together: a page
    /// whose address names its language is kept and served again from the store; the same page at an
    /// address where the reader's cookie or browser decides the language is not; a reader with a
    /// currency cookie never gets the stored copy (it was rendered in the village's own currency).
    /// </summary>
    [Fact]
    public async Task The_proxy_serves_a_second_anonymous_GET_of_a_storefront_page_from_its_cache()
    {
        using var buyer = topology.ThroughProxy(Village);
        var url = $"/en/products?topology={Guid.NewGuid():N}";   // a URL nobody asked for yet: the first GET fills it
        var first = await buyer.GetAsync(url);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await buyer.GetAsync(url);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        CacheStatus(second).ShouldBe("HIT", $"Cache-Control: {first.Headers.CacheControl}; Vary: {string.Join(", ", first.Headers.Vary)}");
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        second.Headers.Contains("Cache-Tag").ShouldBeFalse("purge tags are for a CDN, not for readers");

        var unprefixed = $"/products?topology={Guid.NewGuid():N}";
        await buyer.GetAsync(unprefixed);
        CacheStatus(await buyer.GetAsync(unprefixed)).ShouldNotBe("HIT");

        using var euros = new HttpRequestMessage(HttpMethod.Get, url);
        euros.Headers.Add("Cookie", "cm-currency=EUR");
        var withCookie = await buyer.SendAsync(euros);
        withCookie.StatusCode.ShouldBe(HttpStatusCode.OK);
        CacheStatus(withCookie).ShouldBe("BYPASS");
    }

    private static async Task<string> Page(HttpClient client, string path, Dictionary<string, HashSet<string>> nodes)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        var key = path.Split('?')[0].StartsWith("/products/", StringComparison.Ordinal) ? "product" : path.Split('?')[0];
        if (!nodes.TryGetValue(key, out var on)) nodes[key] = on = new HashSet<string>(StringComparer.Ordinal);
        on.Add(NodeOf(response));
        return await response.Content.ReadAsStringAsync();
    }

    private static string NodeOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Served-By", out var values) ? values.Single() : throw new ShouldAssertException("no X-Served-By on the response");

    private static string CacheStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache-Status", out var values) ? values.Single() : "(none)";

    private static async Task SignIn(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", body);
        response.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HashSet<string> served)
    {
        response.IsSuccessStatusCode.ShouldBeTrue($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        served.Add(NodeOf(response));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Polls until <paramref name="probe"/> answers something; the deadline is generous (busy CI), the wait ends at once.</summary>
    private async Task<T> Eventually<T>(Func<Task<T?>> probe, string what) where T : class
    {
        for (var until = DateTime.UtcNow.AddMinutes(2); DateTime.UtcNow < until; await Task.Delay(200))
            if (await probe() is { } value) return value;
        throw new TimeoutException($"not within 2 minutes: {what}\n{topology.Log()}");
    }

    private async Task<T> EventuallyValue<T>(Func<Task<T?>> probe, string what) where T : struct
    {
        for (var until = DateTime.UtcNow.AddMinutes(2); DateTime.UtcNow < until; await Task.Delay(200))
            if (await probe() is { } value) return value;
        throw new TimeoutException($"not within 2 minutes: {what}\n{topology.Log()}");
    }
}
