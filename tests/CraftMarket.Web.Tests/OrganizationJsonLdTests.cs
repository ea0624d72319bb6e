using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>The association as schema.org Organization on its home and about pages: who to contact, in which languages.</summary>
public sealed partial class OrganizationJsonLdTests(LanguageInUrlTests.App app) : IClassFixture<LanguageInUrlTests.App>
{
    [Theory]
    [InlineData("/en/")]
    [InlineData("/en/about")]
    public async Task Home_and_about_describe_the_association(string path)
    {
        var html = await app.ClientFor("van-phuc").GetStringAsync(path);
        var org = Blocks().Matches(html).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement)
            .Single(b => b.GetProperty("@type").GetString() == "Organization");

        org.GetProperty("name").GetString().ShouldBe("Van Phuc Silk Association");
        org.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()).ShouldContain("Hiệp hội Lụa Vạn Phúc");
        org.GetProperty("url").GetString().ShouldBe($"http://van-phuc.localhost{path}");
        var desk = org.GetProperty("contactPoint");
        desk.GetProperty("email").GetString().ShouldBe("export@vanphuc.example");
        desk.GetProperty("availableLanguage").EnumerateArray().Select(l => l.GetString()).ShouldBe(["vi", "en", "fr"]);
    }

    [Fact]
    public async Task Private_pages_are_not_for_search_engines_and_the_platform_has_no_about_page()
    {
        (await app.ClientFor("van-phuc").GetStringAsync("/en/account/login")).ShouldContain("<meta name=\"robots\" content=\"noindex\">");
        (await app.ClientFor("van-phuc").GetStringAsync("/en/about")).ShouldNotContain("noindex");
        (await app.ClientFor(null).GetAsync("/about")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Blocks();
}
