using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Insight.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Insight.Tests.MemberPage;

/// <summary>
/// The household's own page and its JSON on the real site: its own figures of the last 12 months from
/// the facts, beside the village average; never a neighbour's figures; only for households.
/// </summary>
[Collection(InsightCollection.Name)]
public sealed partial class MemberPageTests(InsightApp app)
{
    private const string Village = "dong-ky";

    /// <summary>The household under test and five neighbours with work, each with figures no one else has.</summary>
    private async Task<(Guid Me, string Phone)> GivenAsync()
    {
        var (me, phone) = await app.InviteHousehold(Village, "Hộ Gỗ Thử Trang");
        await app.ReadyForWork(Village, me);
        await MemberFacts.AddWorkAsync(app, Village, me, 40, 120, 36_000_000, 34_500_000, 20, [("warping", 2), ("scratch", 1)], 33_465_000);
        await MemberFacts.AddWorkAsync(app, Village, me, 200, 80, 24_000_000, 24_000_000, 13, [], 0);
        // Thirteen months ago: outside the last 12 months, so it counts nowhere.
        await MemberFacts.AddWorkAsync(app, Village, me, 395, 999, 91_111_000, 91_111_000, 80, [("crack", 9)], 91_111_000);
        for (var i = 0; i < 5; i++)
            await MemberFacts.AddWorkAsync(app, Village, Guid.NewGuid(), 30 + i, 70 + i, 87_654_000 + i * 1_000, 87_600_000 + i * 1_000, 13, [("finish", 4)],
                87_500_000 + i * 1_000);
        return (me, phone);
    }

    [Fact]
    public async Task The_household_reads_its_own_twelve_months_as_json_beside_the_village_average()
    {
        var (me, phone) = await GivenAsync();
        var client = await app.Producer(Village, phone);

        var response = await client.GetAsync("/api/insight/me");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var mine = json.GetProperty("mine");
        mine.GetProperty("workOrders").GetInt32().ShouldBe(2);
        mine.GetProperty("pieces").GetInt32().ShouldBe(200);
        mine.GetProperty("workValueVnd").GetInt64().ShouldBe(60_000_000);
        mine.GetProperty("earnedVnd").GetInt64().ShouldBe(58_500_000);
        mine.GetProperty("paidVnd").GetInt64().ShouldBe(33_465_000);
        mine.GetProperty("sampled").GetInt32().ShouldBe(33);
        mine.GetProperty("defects").GetInt32().ShouldBe(3);
        mine.GetProperty("defectRatio").GetDecimal().ShouldBe(0.0909m);
        json.GetProperty("myDefects")[0].GetProperty("type").GetString().ShouldBe("warping");
        var village = json.GetProperty("village");
        village.ValueKind.ShouldBe(JsonValueKind.Object);
        village.GetProperty("membersWithWork").GetInt32().ShouldBeGreaterThanOrEqualTo(6);
        json.GetProperty("from").GetString().ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddMonths(-12).AddDays(1).ToString("yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture));
        var text = json.GetRawText();
        text.ShouldNotContain("8765");                // no neighbour's figure (87 654 000 ₫ and up)
        text.ShouldNotContain("91111000");            // nor its own work of thirteen months ago
        text.ShouldNotContain(me.ToString());         // nothing to enumerate: no member ids at all
    }

    [Fact]
    public async Task The_page_is_Vietnamese_for_a_phone_without_script_and_shows_no_neighbours_figures()
    {
        var (_, phone) = await GivenAsync();
        var browser = await PhoneBrowser(phone);

        var response = await browser.GetAsync("/account/insight");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.ShouldContain("lang=\"vi\"");
        page.ShouldContain("name=\"viewport\" content=\"width=device-width");
        var stylesheet = Stylesheet().Match(page);
        stylesheet.Success.ShouldBeTrue("the page links its own stylesheet");
        page.ShouldContain("Hội và tôi");
        page.ShouldContain("Việc Hội giao cho bạn");
        page.ShouldContain("2 đơn việc");
        page.ShouldContain("60.000.000 ₫");
        page.ShouldContain("58.500.000 ₫");
        page.ShouldContain("33.465.000 ₫");
        page.ShouldContain("9,1%");
        page.ShouldContain("Cong vênh: 2");
        page.ShouldContain("Trung bình mỗi hộ có việc");
        page.ShouldContain("mức trung bình của làng");
        page.ShouldNotContain("87.65");               // the neighbours' 87 654 000 ₫ and up
        page.ShouldNotContain("87.50");
        page.ShouldNotContain("91.111.000");          // its own work of thirteen months ago
        page.ShouldNotContain("<script>");
        OnHandler().IsMatch(page).ShouldBeFalse();
        // The stylesheet keeps the page inside a 360 px phone: no fixed widths wider than the screen.
        var css = await browser.GetStringAsync(stylesheet.Groups[1].Value);
        WidePixels().IsMatch(css).ShouldBeFalse(css);
        css.ShouldContain("overflow-wrap: anywhere");

        // The link sits in the household's menu, in Vietnamese.
        var menu = WebUtility.HtmlDecode(await browser.GetStringAsync("/account/earnings"));
        menu.ShouldContain("href=\"/account/insight\"");
    }

    [Fact]
    public async Task Buyers_staff_and_strangers_get_no_household_figures()
    {
        (await (await app.Buyer(Village)).GetAsync("/api/insight/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Admin(Village)).GetAsync("/api/insight/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ExportDesk(Village)).GetAsync("/api/insight/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous(Village).GetAsync("/api/insight/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var admin = await app.ClientFor(Village).SignedInWithCookie(Auth.AssociationAdmin(Village));
        var denied = await admin.GetAsync("/account/insight");
        ((int)denied.StatusCode).ShouldBeOneOf(302, 403);
        (await denied.Content.ReadAsStringAsync()).ShouldNotContain("Việc Hội giao cho bạn");
    }

    [Fact]
    public async Task A_household_of_another_village_sees_only_its_own_village()
    {
        var (_, phone) = await GivenAsync();
        var (other, otherPhone) = await app.InviteHousehold("van-phuc", "Hộ Lụa Thử");
        await app.ReadyForWork("van-phuc", other);
        await MemberFacts.AddWorkAsync(app, "van-phuc", other, 10, 50, 5_000_000, 5_000_000, 13, [], 0);

        var json = await (await (await app.Producer("van-phuc", otherPhone)).GetAsync("/api/insight/me")).Content.ReadFromJsonAsync<JsonElement>();
        json.GetProperty("mine").GetProperty("workValueVnd").GetInt64().ShouldBe(5_000_000);
        json.GetRawText().ShouldNotContain("60000000");

        // The dong-ky household's token is refused in another village.
        var mine = await app.Producer(Village, phone);
        var elsewhere = app.ClientFor("van-phuc");
        elsewhere.DefaultRequestHeaders.Authorization = mine.DefaultRequestHeaders.Authorization;
        ((int)(await elsewhere.GetAsync("/api/insight/me")).StatusCode).ShouldBeOneOf(401, 403);
    }

    private async Task<HttpClient> PhoneBrowser(string phone)
    {
        await app.Texts.WaitForCount(phone, 1);
        var browser = app.ClientFor(Village);
        var local = "0" + phone[3..];
        var before = app.Texts.To(phone).Count;
        var sent = await browser.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Phone"] = local }, "/account/phone?handler=Send");
        var codeForm = await sent.Content.ReadAsStringAsync();
        codeForm.ShouldContain("name=\"Code\"", customMessage: $"{sent.StatusCode}: the phone page asks for the texted code");
        await app.Texts.WaitForCount(phone, before + 1);
        var code = TextMessages.Code(app.Texts.To(phone)[before]);
        var verified = await browser.PostFormAsync("/account/phone?handler=Verify",
            new Dictionary<string, string> { ["Phone"] = local, ["Code"] = code }, Forms.Antiforgery(codeForm));
        verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    [GeneratedRegex("on(click|submit|load)=", RegexOptions.IgnoreCase)]
    private static partial Regex OnHandler();

    [GeneratedRegex("href=\"(/_content/CraftMarket\\.Insight/member-insight\\.[^\"]*css[^\"]*)\"")]
    private static partial Regex Stylesheet();

    [GeneratedRegex(@"(?<![\d.])(3[7-9]\d|[4-9]\d\d|\d{4,})px")]
    private static partial Regex WidePixels();
}
