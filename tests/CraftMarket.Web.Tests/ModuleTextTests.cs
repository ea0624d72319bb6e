using System.Net;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>
/// Each module's pages read that module's translations (ADR 25): the search page and the search box
/// in the layout speak Search's French and Japanese, the layout around them the host's. Neither
/// text is in the host's files, so a page given the wrong module's strings would read English.
/// </summary>
public sealed class ModuleTextTests(LanguageInUrlTests.App app) : IClassFixture<LanguageInUrlTests.App>
{
    private async Task<string> Page(string slug, string path) => WebUtility.HtmlDecode(await app.ClientFor(slug).GetStringAsync(path));

    [Fact]
    public async Task The_search_page_reads_Searchs_own_strings_in_French_and_Japanese()
    {
        var fr = await Page("van-phuc", "/fr/search?q=lua");
        fr.ShouldContain("<h1>Rechercher dans ce village</h1>");
        fr.ShouldContain(">Trier par</label>");
        fr.ShouldContain("placeholder=\"Vases, foulards en soie, gốm men rạn…\"", customMessage: "the layout's search box is Search's partial");

        var ja = await Page("bat-trang", "/ja/search?q=gom");
        ja.ShouldContain("<h1>この村の製品を探す</h1>");
        ja.ShouldContain(">並べ替え</label>");
    }

    [Fact]
    public async Task Identity_pages_speak_the_villages_language_and_the_readers_choice()
    {
        (await Page("bat-trang", "/vi/account/login")).ShouldContain("<h1>Đăng nhập</h1>");
        (await Page("bat-trang", "/ja/account/login")).ShouldContain("<h1>ログイン</h1>");
        (await Page("van-phuc", "/fr/account/register")).ShouldContain("<h1>Créer un compte acheteur</h1>");
        (await Page("bat-trang", "/en/account/phone")).ShouldContain("<h1>Sign in with your phone</h1>");
    }
}
