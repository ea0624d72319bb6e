using System.Net;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>
/// The village home and about pages tell the association's story and the village's real facts in
/// the reader's language, falling back to English then Vietnamese, and say which language each text is in.
/// </summary>
public sealed class VillageStoryTests(LanguageInUrlTests.App app) : IClassFixture<LanguageInUrlTests.App>
{
    private async Task<string> Page(string slug, string path) => WebUtility.HtmlDecode(await app.ClientFor(slug).GetStringAsync(path));

    [Fact]
    public async Task Bat_Trang_in_Japanese_tells_its_story_in_Japanese_and_facts_written_only_in_English_say_so()
    {
        var html = await Page("bat-trang", "/ja/");
        html.ShouldContain("<p class=\"tagline\" lang=\"ja\">バッチャン焼：紅河のほとりに800を超える窯。");
        html.ShouldContain("<span lang=\"en\">10 km south-east of Hanoi</span>", customMessage: "no Japanese location: English, marked as such");
        html.ShouldContain("1,172");
        html.ShouldContain("<span lang=\"en\">Over 800 kilns, 50 million pieces a year; US$40 million of exports (2002)</span>");
        html.ShouldNotContain("Quoted in VND", customMessage: "languages and currencies are not village facts");
    }

    [Fact]
    public async Task Bat_Trang_in_Vietnamese_and_English_reads_its_own_language_throughout()
    {
        var vi = await Page("bat-trang", "/vi/");
        vi.ShouldContain("<p class=\"tagline\" lang=\"vi\">Gốm Bát Tràng: hơn 800 lò gốm bên sông Hồng");
        vi.ShouldContain("<span lang=\"vi\">Cách trung tâm Hà Nội 10 km về phía đông nam</span>");
        vi.ShouldContain("<strong>Số hộ</strong><br>1.172");
        vi.ShouldContain("<strong>Lịch sử làng nghề</strong>", customMessage: "the village's history, not the audit trail's \"change history\"");

        var en = await Page("bat-trang", "/en/");
        en.ShouldContain("<p class=\"tagline\" lang=\"en\">Bat Trang ceramics: over 800 kilns on the Red River");
        en.ShouldContain("<span lang=\"en\">Vases, pots, garden statues, tea sets, bowls, cups, plates, jars; crackle glaze and blue-and-white</span>");
    }

    [Fact]
    public async Task Van_Phuc_in_French_mixes_French_texts_with_English_fallbacks_on_home_and_about()
    {
        foreach (var path in new[] { "/fr/", "/fr/about" })
        {
            var html = await Page("van-phuc", path);
            html.ShouldContain("<p class=\"tagline\" lang=\"fr\">Soie de Van Phuc : environ 800 foyers", customMessage: path);
            html.ShouldContain("<span lang=\"fr\">Plus de 1 000 métiers électriques, 2,4 à 2,5 millions de mètres de soie par an</span>", customMessage: path);
            html.ShouldContain("<span lang=\"en\">8 km south-west of Hanoi (Ha Dong)</span>", customMessage: path);
        }
    }

    [Fact]
    public async Task Dong_Ky_without_a_theme_tells_its_history_on_the_about_page()
    {
        var html = await Page("dong-ky", "/en/about");
        html.ShouldContain("<p class=\"tagline\" lang=\"en\">Dong Ky woodcraft: hand-carved tables");
        html.ShouldContain("<span lang=\"en\">Formerly a firecracker village, now fine woodcraft</span>");
        html.ShouldNotContain("<strong>Households</strong>", customMessage: "no figure in the studies, none invented");
    }
}
