using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests;

/// <summary>
/// The platform host's landing page (ADR 0082) with 1,503 villages, about as many as Vietnam has:
/// the three demo villages plus 1,500 more spread over the 34 provinces and the crafts. It stays
/// under 100 KB in every language whatever the number, and every village is reachable by province,
/// by craft, by the finder and by paging. Each village in its own colours, with its newest product
/// linked on the village's own site.
/// </summary>
public sealed partial class LandingPageTests(LandingPageTests.App app) : IClassFixture<LandingPageTests.App>
{
    public const int MaxBytes = 100 * 1024;

    /// <summary>
    /// The demo site, with 1,500 more villages in the tenant directory (made in memory: the landing page
    /// reads the directory only; creating them through the platform API is the benchmark's job, scripts/bench-villages.sh).
    /// </summary>
    public sealed class App() : CraftMarketApp(seedDemo: true)
    {
        public IReadOnlyList<ResolvedTenant> Extra { get; } = ManyVillages.Make(1_500);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var real = services.Last(d => d.ServiceType == typeof(ITenantDirectory));
                services.AddSingleton<ITenantDirectory>(sp => new ManyVillages((ITenantDirectory)real.ImplementationFactory!(sp), Extra));
            });
        }
    }

    [Fact]
    public async Task Lists_each_village_in_its_colours_with_featured_products_linked_to_the_village()
    {
        foreach (var (slug, primary, brand, name) in new[] { ("bat-trang", "#1f4e79", "Gốm Bát Tràng", "Bat Trang"), ("van-phuc", "#8b1e3f", "Lụa Vạn Phúc", "van phuc"), ("dong-ky", "#6b4423", "Đồ gỗ Đồng Kỵ", "Đồng Kỵ") })
        {
            var response = await app.ClientFor(null).GetAsync($"/en/?currency=EUR&find={Uri.EscapeDataString(name)}");
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            html.ShouldContain($"--card-color: {primary}");
            html.ShouldContain(brand);
            html.ShouldContain($"href=\"http://{slug}.localhost/en/\"", customMessage: "the reader's language carries over to the village");
            VillageLink().Count(html).ShouldBe(1, $"the finder found {slug} only");
            ProductLink(slug).Count(html).ShouldBeGreaterThanOrEqualTo(1, $"a featured product of {slug}, on its own site");
            html.ShouldContain("(indicative)");
            html.ShouldContain("€");   // converted at each village's own EUR rate
        }
    }

    [Theory]
    [InlineData("vi", "Tìm làng nghề theo tên", "Bắc Ninh")]
    [InlineData("en", "Find a village by name", "Bac Ninh")]
    [InlineData("fr", "Trouver un village par son nom", "Bac Ninh")]
    [InlineData("ja", "村の名前で探す", "Bac Ninh")]
    public async Task With_1503_villages_the_page_is_grouped_paged_and_under_100_KB_in_every_language(string language, string finder, string province)
    {
        var (html, bytes) = await Page($"/{language}/");
        bytes.ShouldBeLessThan(MaxBytes);
        html.ShouldContain(finder);
        html.ShouldContain($">{province} <span class=\"count\">(");
        html.ShouldContain("<link rel=\"next\" href=\"/" + language + "/?p=2\">");
        VillageLink().Count(html).ShouldBe(24);
        html.ShouldContain(language == "vi" ? "Gốm sứ" : language == "fr" ? "Céramique" : language == "ja" ? "陶磁器" : "Ceramics");
    }

    [Fact]
    public async Task Every_one_of_1503_villages_is_reachable_by_province_by_craft_and_by_paging()
    {
        var all = app.Extra.Select(v => v.Slug).Concat(["bat-trang", "van-phuc", "dong-ky"]).ToHashSet(StringComparer.Ordinal);
        var (home, _) = await Page("/en/");

        var byPaging = await Crawl("/en/");
        byPaging.ShouldBe(all, ignoreOrder: true);

        var provinces = FacetLink("province").Matches(home).Select(m => m.Groups[1].Value).ToList();
        provinces.Count.ShouldBe(34, "every province has villages here");
        var byProvince = new HashSet<string>(StringComparer.Ordinal);
        foreach (var province in provinces) byProvince.UnionWith(await Crawl($"/en/?province={province}"));
        byProvince.ShouldBe(all, ignoreOrder: true);

        var crafts = FacetLink("craft").Matches(home).Select(m => m.Groups[1].Value).ToList();
        crafts.Count.ShouldBe(Craft.All.Count);
        var byCraft = new HashSet<string>(StringComparer.Ordinal);
        foreach (var craft in crafts) byCraft.UnionWith(await Crawl($"/en/?craft={craft}"));
        byCraft.ShouldBe(all, ignoreOrder: true);

        // Both at once: the province's links keep the craft chosen, and count only its villages.
        var (hanoiCeramics, _) = await Page("/en/?province=ha-noi&craft=ceramics");
        Slugs(hanoiCeramics).ShouldContain("bat-trang");
        Slugs(hanoiCeramics).ShouldNotContain("van-phuc");
        hanoiCeramics.ShouldContain("href=\"/en/?province=bac-ninh&craft=ceramics\"");
    }

    [Fact]
    public async Task The_finder_finds_villages_by_Vietnamese_or_English_name_with_or_without_marks()
    {
        foreach (var village in app.Extra.Where((_, i) => i % 50 == 7))
        {
            var place = village.NameEn.Replace(" Association", "", StringComparison.Ordinal);
            foreach (var words in new[] { village.NameVi, place.ToUpperInvariant(), CraftMarket.SharedKernel.Text.TextFolding.Fold(village.BrandName) })
            {
                var (html, bytes) = await Page($"/vi/?find={Uri.EscapeDataString(words)}");
                bytes.ShouldBeLessThan(MaxBytes);
                Slugs(html).ShouldContain(village.Slug, $"\"{words}\" finds {village.NameVi}");
            }
        }
        var (none, _) = await Page("/en/?find=zzzz");
        none.ShouldContain("No village matches.");
        Slugs(none).ShouldBeEmpty();
    }

    [Fact]
    public async Task Choices_the_page_does_not_know_narrow_nothing_and_stray_pages_come_back_in_range()
    {
        var (unknown, _) = await Page("/en/?province=atlantis&craft=alchemy");
        Slugs(unknown).Count.ShouldBe(24);
        unknown.ShouldContain("aria-current=\"true\">All provinces</a>");
        unknown.ShouldContain("aria-current=\"true\">All crafts</a>");
        var (beyond, _) = await Page("/en/?p=999");
        beyond.ShouldContain("aria-current=\"page\" aria-label=\"Villages, page 63\"");
        Slugs(beyond).Count.ShouldBe(1503 - (62 * 24));
    }

    /// <summary>Every village linked on this listing's pages, following rel=next; each page under the bound.</summary>
    private async Task<HashSet<string>> Crawl(string first)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var (url, pages) = (first, 0); url is not null; pages++)
        {
            pages.ShouldBeLessThan(100);
            var (html, bytes) = await Page(url);
            bytes.ShouldBeLessThan(MaxBytes, url);
            found.UnionWith(Slugs(html));
            url = NextLink().Match(html) is { Success: true } next ? next.Groups[1].Value : null;
        }
        return found;
    }

    private async Task<(string Html, int Bytes)> Page(string url)
    {
        var response = await app.ClientFor(null).GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(body)), body.Length);
    }

    private static List<string> Slugs(string html) => [.. VillageLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<h3><a href=\"http://([a-z0-9-]+)\\.localhost/")] private static partial Regex VillageLink();
    [GeneratedRegex("<link rel=\"next\" href=\"([^\"]+)\">")] private static partial Regex NextLink();
    private static Regex FacetLink(string name) => new($"<li><a href=\"/en/\\?{name}=([a-z-]+)\"");

    private static Regex ProductLink(string slug) => new($"class=\"card-link\" href=\"http://{slug}\\.localhost/en/products/[0-9a-f-]{{36}}/[a-z0-9-]+\"");
}

/// <summary>The real directory plus villages that exist only in memory, ordered by English name as the real one is.</summary>
internal sealed class ManyVillages(ITenantDirectory real, IReadOnlyList<ResolvedTenant> extra) : ITenantDirectory
{
    private (IReadOnlyList<ResolvedTenant> Real, IReadOnlyList<ResolvedTenant> All)? merged;

    public ResolvedTenant? FindById(TenantId id) => real.FindById(id) ?? extra.FirstOrDefault(v => v.Id == id);
    public ResolvedTenant? FindBySlug(string slug) => real.FindBySlug(slug) ?? extra.FirstOrDefault(v => v.Slug == slug);

    public IReadOnlyList<ResolvedTenant> All
    {
        get
        {
            var now = real.All;
            if (merged is { } m && ReferenceEquals(m.Real, now)) return m.All;
            var all = now.Concat(extra).OrderBy(v => v.NameEn, StringComparer.Ordinal).ToList();
            merged = (now, all);
            return all;
        }
    }

    /// <summary>
    /// Villages named from Vietnamese place syllables (none of the demo villages' words), in every
    /// province and with every craft, each with its own colours.
    /// </summary>
    public static IReadOnlyList<ResolvedTenant> Make(int count)
    {
        string[] first = ["An", "Bình", "Cẩm", "Diên", "Gia", "Hà", "Hòa", "Hương", "Khánh", "Lạc", "Long", "Minh", "Mỹ", "Nghĩa", "Ngọc", "Nhân", "Phú", "Quảng", "Sơn", "Tân", "Thạch", "Thanh", "Thuận", "Tiên", "Trung", "Tường", "Xuân", "Yên", "Hạ", "Lũng", "Mai", "Nam", "Ninh", "Quế", "Thái", "Thượng", "Vĩnh", "Hưng", "Lương", "Cát"];
        string[] second = ["Lộc", "Thịnh", "Hòa", "Xá", "Hội", "Khê", "Lâm", "Điền", "Giang", "Lý", "Mỹ", "Nguyên", "Quang", "Sơn", "Tây", "Thôn", "Trại", "Vân", "Xuyên", "Yên", "Lập", "Hiệp", "Châu", "Đình", "Liễu", "Cầu", "Bảo", "Chánh", "Hạnh", "Triều", "Tảo", "Phong", "Nội", "Ngoại", "Đông", "Thủy", "Hải", "Dương", "Cốc", "Kiều"];
        var names = first.SelectMany(a => second.Where(b => b != a).Select(b => $"{a} {b}")).Take(count).ToList();
        if (names.Count < count) throw new InvalidOperationException("Not enough names.");
        return [.. names.Select((name, i) =>
        {
            var craft = Craft.All[i % Craft.All.Count];
            var province = Province.All[i % Province.All.Count];
            var plain = CraftMarket.SharedKernel.Text.TextFolding.Fold(name);
            var slug = $"{CraftMarket.SharedKernel.Text.TextFolding.Slug(name)}-{i:D4}";
            var en = string.Join(' ', plain.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            var color = $"#{(i * 37) % 128:x2}{(i * 53) % 128:x2}{(i * 71) % 128:x2}";
            return new ResolvedTenant(new TenantId(Guid.NewGuid()), slug, $"Hiệp hội {craft.NameVi.ToLowerInvariant()} {name}", $"{en} {craft.NameEn} Association",
                $"{craft.NameVi} {name}", $"{craft.NameEn} from {en}, {province.NameEn}.", TenantStatus.Active, "vi", ["vi", "en"], "VND", [], "base",
                new BrandTokens(color, "#c8963e", "#fbf8f3", "#1f1f1f", "Georgia, serif", "system-ui, sans-serif", null),
                new ExportDeskContact(null, null, null, null), []) { Province = province.Code, Craft = craft.Code };
        })];
    }
}
