using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// Stored XSS in the real browser. Script payloads are saved in every free-text field people write:
/// a product's texts in vi/en/fr/ja (and its other texts), a member's profile, the village story in
/// four languages, a glossary entry, and a product imported from CSV. Then every page that shows them
/// is loaded in Chromium with the CSP switched off (so output encoding alone is under test, the CSP
/// being the second wall, tested in <see cref="CspTests"/>): no dialog opens, no payload runs
/// (window.__xss stays undefined), no element or handler it would create exists, the text shows as
/// written, and every JSON-LD block still parses, with the "&lt;/script&gt;" payload inside it.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class StoredXssTests(LiveSite site)
{
    // Dong Ky: the village the other browser tests read least (its pages only need to render and pass axe);
    // it is given all four languages first, so every product text has a page that shows it.
    private const string Village = "dong-ky";
    private static readonly string[] Languages = ["vi", "en", "fr", "ja"];

    private const string Script = "<script>window.__xss=1;alert(1)</script>";
    private const string Img = "\"><img src=x onerror=\"window.__xss=1;alert(1)\">";
    private const string Svg = "'><svg onload=window.__xss=1>";
    private const string JsUrl = "javascript:window.__xss=1;alert(1)//";
    private const string CloseScript = "</script><script>window.__xss=1</script>";

    private readonly string tag = Guid.NewGuid().ToString("N")[..6];

    private string Text(string field) => $"xss{tag} {field} {Script} {Img}";
    private string Short(string field) => $"xss{tag} {field} {Svg} {CloseScript}";
    private string Long(string field) => $"xss{tag} {field} {Script} {Img} {Svg} {JsUrl} {CloseScript}";

    [Fact]
    public async Task Script_payloads_in_every_free_text_field_come_back_as_text_on_every_page_that_shows_them()
    {
        await SpeakAllLanguagesAsync();
        using var admin = await site.ApiAsync(Village, CraftMarket.Testing.Auth.AssociationAdmin(Village));
        var member = await InviteMemberAsync(admin);
        var product = await PublishProductAsync(admin, member);
        var imported = await ImportProductAsync(admin, member);
        await WriteStoryAsync(admin);
        var glossary = await AddGlossaryAsync(admin);

        var visits = new List<(string Path, string[] Shown, bool SignedIn)>();
        foreach (var l in Languages)
        {
            visits.Add(($"/{l}/products/{product}", [Text($"name-{l}"), Long($"description-{l}"), Short($"material-{l}"), Short($"technique-{l}")], false));
            visits.Add(($"/{l}/products", [Text($"name-{l}")], false));
            visits.Add(($"/{l}/", [], false));
            visits.Add(($"/{l}/about", [Long($"story-{l}")], false));
        }
        visits.Add(($"/en/products/{imported}", [Text("csv-name-en"), Long("csv-description-en")], false));
        visits.Add(("/members", [Short("member-name")], false));
        visits.Add(($"/members/{member}", [Short("member-name"), Short("representative"), Short("address")], false));
        visits.Add(("/admin/members", [Short("member-name")], true));
        visits.Add(($"/admin/members/{member}", [Short("member-name"), Short("representative"), Short("address")], true));
        visits.Add(($"/admin/catalogue/products/{product}", [Text("name-vi"), Long("description-ja")], true));
        visits.Add(($"/admin/catalogue/products/{imported}", [Text("csv-name-vi")], true));
        visits.Add(("/admin/catalogue", [], true));
        visits.Add(("/admin/brand", [Long("story-fr")], true));
        visits.Add(("/admin/search/glossary", glossary, true));

        var anonymous = await site.NewPageAsync(1366, 900, bypassCsp: true);
        var signedIn = await site.NewPageAsync(1366, 900, bypassCsp: true);
        await site.SignInAsync(signedIn, Village, CraftMarket.Testing.Auth.AssociationAdmin(Village));
        var dialogs = new List<string>();
        foreach (var page in new[] { anonymous, signedIn }) page.Dialog += (_, d) => { dialogs.Add($"{page.Url}: {d.Message}"); d.DismissAsync(); };

        var problems = new List<string>();
        foreach (var (path, shown, asAdmin) in visits)
            problems.AddRange((await CheckAsync(asAdmin ? signedIn : anonymous, path, shown)).Select(p => $"{path}: {p}"));
        problems.AddRange(await SearchAsync(anonymous));

        problems.ShouldBeEmpty();
        dialogs.ShouldBeEmpty();
        await anonymous.Context.CloseAsync();
        await signedIn.Context.CloseAsync();
    }

    /// <summary>Search results build a snippet of the description by hand (raw HTML with &lt;mark&gt;): the most likely sink of all.</summary>
    private async Task<IEnumerable<string>> SearchAsync(IPage page)
    {
        // Indexing follows the publication through the outbox: wait until the product is found.
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await page.GotoAsync(site.Url(Village, $"/en/search?q=xss{tag}+description"));
            if ((await page.InnerTextAsync("main")).Contains($"xss{tag} name-en", StringComparison.Ordinal)) break;
            await Task.Delay(500);
        }
        return (await CheckAsync(page, $"/en/search?q=xss{tag}+description", [Text("name-en"), $"xss{tag} description-en {Script}"])).Select(p => $"search: {p}");
    }

    private async Task<List<string>> CheckAsync(IPage page, string path, string[] shown)
    {
        var problems = new List<string>();
        if (page.Url != site.Url(Village, path))
        {
            var response = await page.GotoAsync(site.Url(Village, path));
            if (response is null || response.Status != 200) return [$"answered {response?.Status}"];
        }
        var found = await page.EvaluateAsync<string[]>("""
            () => {
              const found = [];
              if (window.__xss !== undefined) found.push('a payload ran (window.__xss is set)');
              for (const e of document.querySelectorAll('*'))
                for (const a of e.attributes)
                  if (a.name.startsWith('on')) found.push(`<${e.localName} ${a.name}="${a.value.slice(0, 40)}">`);
              for (const e of document.querySelectorAll('img[src="x"], svg[onload]')) found.push(`injected <${e.localName}>`);
              for (const a of document.querySelectorAll('a[href], form[action], iframe[src]'))
                if (/^\s*javascript:/i.test(a.getAttribute('href') || a.getAttribute('action') || a.getAttribute('src') || '')) found.push(`javascript: URL in <${a.localName}>`);
              for (const s of document.querySelectorAll('script:not([src])'))
                if (s.type !== 'application/ld+json') found.push(`inline script: ${s.textContent.slice(0, 60)}`);
                else try { JSON.parse(s.textContent); } catch { found.push(`JSON-LD does not parse: ${s.textContent.slice(0, 80)}`); }
              return found;
            }
            """);
        problems.AddRange(found);
        var text = await page.EvaluateAsync<string>("""
            () => document.body.innerText + '\n' + [...document.querySelectorAll('input, textarea')].map(e => e.value).join('\n')
            """);
        foreach (var expected in shown)
            if (!text.Contains(expected, StringComparison.Ordinal)) problems.Add($"does not show, as text, “{expected}”");
        if (path.Contains("/products/", StringComparison.Ordinal) && !path.StartsWith("/admin", StringComparison.Ordinal))
        {
            // The product's JSON-LD carries its name: the "</script>" in it must be escaped, not end the block.
            var ld = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => { try { return JSON.stringify(JSON.parse(s.textContent)); } catch { return ''; } }).join('\\n')");
            if (!ld.Contains($"xss{tag}", StringComparison.Ordinal)) problems.Add("no JSON-LD block carries the product's name");
        }
        return problems;
    }

    /// <summary>The platform admin adds French and Japanese to the village's languages (its settings otherwise as they are).</summary>
    private async Task SpeakAllLanguagesAsync()
    {
        using var platform = await site.ApiAsync(null, CraftMarket.Testing.Auth.PlatformAdmin);
        var tenants = await platform.GetFromJsonAsync<JsonElement>("/api/platform/tenants");
        var id = tenants.EnumerateArray().Single(t => t.GetProperty("slug").GetString() == Village).GetProperty("id").GetString();
        var settings = JsonNode.Parse((await platform.GetFromJsonAsync<JsonElement>($"/api/platform/tenants/{id}")).GetProperty("settings").GetRawText())!;
        settings["supportedLanguages"] = new JsonArray([.. Languages.Select(l => JsonValue.Create(l))]);
        var response = await platform.PutAsJsonAsync($"/api/platform/tenants/{id}", settings);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var anonymous = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, site.Url(null, "/ja/"));
            request.Headers.Host = $"{Village}.localhost:{site.Port}";
            if ((await anonymous.SendAsync(request)).StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Village} never served /ja/");
    }

    private async Task<string> InviteMemberAsync(HttpClient admin)
    {
        var phone = "097" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = await CreatedAsync(await admin.PostAsJsonAsync("/api/members", new
        {
            kind = "Household", displayName = Short("member-name"), representativeName = Short("representative"), phone,
            commune = Short("commune"), address = Short("address"), crafts = new[] { Short("craft") },
            equipment = new[] { new { name = Short("equipment"), count = 2 } },
            capacities = new[] { new { category = Short("capacity"), quantity = 100, unit = "chiếc" } },
            languages = new[] { "vi", "en" }, canSignContracts = false,
            privacy = new { representativePublic = true, phonePublic = false, addressPublic = true, capacityPublic = true, equipmentPublic = true },
        }));
        (await admin.PostAsync($"/api/members/{id}/activate", null)).IsSuccessStatusCode.ShouldBeTrue("the member is listed publicly once active");
        return id;
    }

    private async Task<string> PublishProductAsync(HttpClient admin, string member)
    {
        object Texts(Func<string, string> value) => Languages.ToDictionary(l => l, value);
        var id = await CreatedAsync(await admin.PostAsJsonAsync("/api/catalogue/products", new
        {
            categoryId = await CategoryAsync(admin),
            name = Texts(l => Text($"name-{l}")), description = Texts(l => Long($"description-{l}")),
            material = Texts(l => Short($"material-{l}")), technique = Texts(l => Short($"technique-{l}")),
            colours = new[] { $"xss{tag} {Svg}" }, packaging = Short("packaging"), rawMaterialOrigin = Short("origin"), placeOfOrigin = Short("place"),
            basePriceVnd = 300000, minimumOrderQuantity = 10, orderMultiple = 1, leadTimeDays = 30, makers = new[] { member },
        }));
        foreach (var step in new[] { "submit", "approve" })
        {
            var response = await admin.PostAsync($"/api/catalogue/products/{id}/{step}", null);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{step}: {await response.Content.ReadAsStringAsync()}");
        }
        return id;
    }

    /// <summary>A published product from a CSV file, its texts quoted as a spreadsheet writes them.</summary>
    private async Task<string> ImportProductAsync(HttpClient admin, string member)
    {
        static string Cell(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var sku = $"XSS-{tag.ToUpperInvariant()}";
        var csv = new StringBuilder()
            .AppendLine("sku,status,category,name_vi,name_en,description_vi,description_en,material_vi,material_en,base_price_vnd,moq,order_multiple,lead_time_days,makers")
            .AppendLine(string.Join(',', sku, "Published", await CategoryAsync(admin), Cell(Text("csv-name-vi")), Cell(Text("csv-name-en")),
                Cell(Long("csv-description-vi")), Cell(Long("csv-description-en")), Cell(Short("csv-material-vi")), Cell(Short("csv-material-en")),
                "250000", "10", "1", "30", member));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "xss.csv" } };
        var response = await admin.PostAsync("/api/catalogue/import", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        for (var page = 1; page <= 20; page++)
        {
            var list = await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products?pageSize=100&page={page}");
            var items = list.GetProperty("items").EnumerateArray().ToList();
            if (items.FirstOrDefault(p => p.GetProperty("sku").GetString() == sku) is { ValueKind: JsonValueKind.Object } row) return row.GetProperty("id").GetString()!;
            if (items.Count < 100) break;
        }
        throw new InvalidOperationException($"the imported product {sku} is not in the catalogue");
    }

    private async Task WriteStoryAsync(HttpClient admin)
    {
        object Texts(string field) => Languages.ToDictionary(l => l, l => Long($"{field}-{l}"));
        var response = await admin.PutAsJsonAsync("/api/association/story", new
        {
            story = Texts("story"), location = Texts("location"), households = 120, production = Texts("production"),
            history = Texts("history"), mainProducts = Texts("main-products"),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Returns the terms as the glossary keeps them (it may fold or trim what it was given).</summary>
    private async Task<string[]> AddGlossaryAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/search/glossary", new { terms = new[] { $"xss{tag} {Script}", $"xss{tag}b {Img}" } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var entry = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. entry.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!)];
    }

    private static async Task<string> CategoryAsync(HttpClient admin)
    {
        var categories = await admin.GetFromJsonAsync<JsonElement>("/api/catalogue/categories");
        return categories.EnumerateArray().First(c => !c.GetProperty("retired").GetBoolean()).GetProperty("id").GetString()!;
    }

    private static async Task<string> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }
}
