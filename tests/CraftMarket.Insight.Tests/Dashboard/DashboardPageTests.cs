using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CraftMarket.Insight.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Insight.Tests.Dashboard;

/// <summary>
/// /admin/insight and its CSV as the association's admin and export desk use them, in Vietnamese
/// and English, over facts seeded for a month of their own; who is refused; /platform/insight.
/// </summary>
[Collection(InsightCollection.Name)]
public sealed partial class DashboardPageTests(InsightApp app)
{
    private const string Village = "bat-trang";

    private static string Period(int year, int month) =>
        $"from={year:D4}-{month:D2}-01&to={year:D4}-{month:D2}-{DateTime.DaysInMonth(year, month):D2}";

    private Task<HttpClient> Browser(string slug, string login) => app.ClientFor(slug).SignedInWithCookie(login);

    [Fact]
    public async Task The_admin_reads_the_periods_figures_in_vietnamese_with_a_table_beside_each_chart()
    {
        var type = "rạn-chân-chim-" + Guid.NewGuid().ToString("N")[..6];
        await DashboardGiven.InspectedMemberAsync(app, Village, "Hộ <script>alert(1)</script> Thử", DashboardGiven.At(2019, 3, 12), 40, type, 10);
        await DashboardGiven.InquiriesAsync(app, Village, DashboardGiven.At(2019, 3, 5), "Direct", 2);
        await DashboardGiven.InquiriesAsync(app, Village, DashboardGiven.At(2019, 3, 6), "Village", 3);
        var admin = await Browser(Village, Auth.AssociationAdmin(Village));

        var response = await admin.GetAsync($"/admin/insight?{Period(2019, 3)}");
        var page = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        page.ShouldContain("lang=\"vi\"");
        page.ShouldContain("Bảng chỉ số của hội");

        // Every chart is an image named by its title, with its figures in a table beside it.
        var charts = SvgImages().Count(page);
        charts.ShouldBe(13);
        ChartTables().Count(page).ShouldBe(charts);
        page.ShouldContain("<title id=\"chart-defects-by-type-title\">Lỗi theo loại</title>");

        // The seeded month's figures: 10 defects in 40 pieces sampled, five inquiries (two direct).
        var byType = Table(page, "defects-by-type");
        byType.ShouldContain($"<th scope=\"row\">{type}</th>");
        byType.ShouldContain("<td class=\"num\">10</td>");
        var byMember = Table(page, "defects-by-member");
        byMember.ShouldContain("25,0%");
        var sources = Table(page, "leads-by-source");
        sources.ShouldContain("<th scope=\"row\">Trực tiếp (bàn xuất khẩu hoặc API)</th><td class=\"num\">2</td>");
        sources.ShouldContain("<td class=\"num\">3</td>");

        // A member's name is text wherever it shows, never markup.
        page.ShouldNotContain("<script>alert(1)</script>");
        page.ShouldContain("Hộ &lt;script&gt;alert(1)&lt;/script&gt; Thử");
    }

    [Fact]
    public async Task The_export_desk_reads_it_in_english_with_numbers_written_the_english_way()
    {
        var type = "glaze-drip-" + Guid.NewGuid().ToString("N")[..6];
        await DashboardGiven.InspectedMemberAsync(app, Village, "Household Test Kiln", DashboardGiven.At(2018, 7, 20), 80, type, 6);
        var desk = await Browser(Village, $"export@{Village}.craftmarket.local");

        var page = WebUtility.HtmlDecode(await desk.GetStringAsync($"/en/admin/insight?{Period(2018, 7)}"));
        page.ShouldContain("Association dashboard");
        page.ShouldContain("Defects by type");
        Table(page, "defects-by-member").ShouldContain("7.5%");   // 6 of 80
        page.ShouldNotContain("Bảng chỉ số của hội");
    }

    [Fact]
    public async Task Each_charts_data_downloads_as_csv_with_formulas_neutralised()
    {
        var formula = "=cmd|' /C calc'!A0";
        var type = "@SUM(1+1)";
        await DashboardGiven.InspectedMemberAsync(app, Village, formula, DashboardGiven.At(2019, 5, 9), 20, type, 5);
        var admin = await Browser(Village, Auth.AssociationAdmin(Village));

        var page = await admin.GetStringAsync($"/admin/insight?{Period(2019, 5)}");
        page.ShouldContain($"?handler=Csv&amp;chart=defects-by-member&amp;{Period(2019, 5).Replace("&", "&amp;", StringComparison.Ordinal)}");

        var members = await admin.GetAsync($"/admin/insight?handler=Csv&chart=defects-by-member&{Period(2019, 5)}");
        members.StatusCode.ShouldBe(HttpStatusCode.OK);
        members.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        members.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("insight-defects-by-member-2019-05-01-2019-05-31.csv");
        var csv = Encoding.UTF8.GetString(await members.Content.ReadAsByteArrayAsync());
        csv.ShouldContain("'=cmd|' /C calc'!A0,0.2500");
        csv.ShouldNotContain("\n=cmd");

        var types = Encoding.UTF8.GetString(await admin.GetByteArrayAsync($"/admin/insight?handler=Csv&chart=defects-by-type&{Period(2019, 5)}"));
        types.ShouldContain("'@SUM(1+1),5,0");
        types.ShouldNotContain("\n@SUM");

        (await admin.GetAsync($"/admin/insight?handler=Csv&chart=no-such-chart&{Period(2019, 5)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/admin/insight?handler=Csv&chart=defects-by-type&from=2019-05-31&to=2019-05-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/admin/insight?handler=Csv&chart=defects-by-type&from=2010-01-01&to=2019-05-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_period_that_does_not_read_is_refused_with_the_reason()
    {
        var admin = await Browser(Village, Auth.AssociationAdmin(Village));
        var response = await admin.GetAsync("/en/admin/insight?from=2019-05-31&to=2019-05-01");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("role=\"alert\"");
        page.ShouldContain("The period must end on or after the day it starts.");
        SvgImages().Count(page).ShouldBe(0);

        var currency = await admin.GetAsync("/en/admin/insight?from=2019-05-01&to=2019-05-31&currency=XAU");
        currency.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await currency.Content.ReadAsStringAsync()).ShouldContain("Choose one of the association&#x27;s display currencies.");
    }

    [Fact]
    public async Task Inspectors_buyers_and_another_associations_staff_get_nothing_of_it()
    {
        var type = "private-" + Guid.NewGuid().ToString("N")[..8];
        await DashboardGiven.InspectedMemberAsync(app, Village, "Hộ Riêng Tư", DashboardGiven.At(2017, 2, 3), 10, type, 1);
        var url = $"/admin/insight?{Period(2017, 2)}";
        var csv = $"/admin/insight?handler=Csv&chart=defects-by-type&{Period(2017, 2)}";

        foreach (var login in new[] { $"inspector@{Village}.craftmarket.local", TradeBuyers.Homeware, Auth.AssociationAdmin("van-phuc") })
        {
            var browser = await Browser(Village, login);
            await Refused(await browser.GetAsync(url), type, login);
            await Refused(await browser.GetAsync(csv), type, login);
        }
        await Refused(await app.ClientFor(Village).GetAsync(url), type, "anonymous");

        // Van Phuc's admin on Van Phuc's own dashboard sees Van Phuc's month: not Bat Trang's defect type.
        var vanPhuc = await Browser("van-phuc", Auth.AssociationAdmin("van-phuc"));
        var own = await vanPhuc.GetAsync(url);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsStringAsync()).ShouldNotContain(type);
        (await vanPhuc.GetStringAsync(csv)).ShouldNotContain(type);
    }

    [Fact]
    public async Task A_household_signed_in_on_its_phone_is_refused()
    {
        var (member, phone) = await app.InviteHousehold(Village);
        await app.ReadyForWork(Village, member);
        var household = await PhoneBrowser(phone);
        (await household.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);   // signed in
        await Refused(await household.GetAsync($"/admin/insight?{Period(2019, 3)}"), "Bảng chỉ số của hội", "the household");
    }

    [Fact]
    public async Task The_platform_admin_sees_the_villages_side_by_side_and_nobody_else_does()
    {
        var type = "platform-" + Guid.NewGuid().ToString("N")[..6];
        await DashboardGiven.InspectedMemberAsync(app, Village, "Hộ Nền Tảng", DashboardGiven.At(2016, 4, 4), 50, type, 5);
        await DashboardGiven.InquiriesAsync(app, "van-phuc", DashboardGiven.At(2016, 4, 5), "Village", 4);
        var url = $"/en/platform/insight?{Period(2016, 4)}&sort=defect-ratio&dir=desc";

        var platform = await app.ClientFor(null).SignedInWithCookie(Auth.PlatformAdmin);
        var response = await platform.GetAsync(url);
        var page = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        page.ShouldContain("data-village=\"bat-trang\"");
        page.ShouldContain("data-village=\"van-phuc\"");
        page.ShouldContain("aria-sort=\"descending\"");
        // Sorted by defect ratio: Bat Trang (10%) comes before Van Phuc (nothing sampled).
        page.IndexOf("data-village=\"bat-trang\"", StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf("data-village=\"van-phuc\"", StringComparison.Ordinal));
        Row(page, "bat-trang").ShouldContain("10.0%");
        Row(page, "van-phuc").ShouldContain("<td class=\"num\">4");

        await Refused(await (await Browser(Village, Auth.AssociationAdmin(Village))).GetAsync(url), "data-village", "an association admin");
        await Refused(await app.ClientFor(null).GetAsync(url), "data-village", "anonymous");
    }

    private static async Task Refused(HttpResponseMessage response, string secret, string who)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeOneOf([302, 401, 403, 404], $"{who} should be refused");
        body.ShouldNotContain(secret, Case.Sensitive, $"{who} should see nothing of it");
        if (response.StatusCode == HttpStatusCode.Found)
            response.Headers.Location!.OriginalString.ShouldMatch("(?i)denied|login", $"{who} is sent to sign in or told no");
    }

    /// <summary>The data table beside one chart.</summary>
    private static string Table(string page, string chart)
    {
        var start = page.IndexOf($"data-chart=\"{chart}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no table for {chart}");
        return page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static string Row(string page, string village)
    {
        var start = page.IndexOf($"data-village=\"{village}\"", StringComparison.Ordinal);
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<svg [^>]*role=\"img\"")]
    private static partial Regex SvgImages();

    [GeneratedRegex("<table class=\"insight-chart-table\"")]
    private static partial Regex ChartTables();

    /// <summary>The household signs in on the phone page with a texted code, as it would; the client keeps the cookie.</summary>
    private async Task<HttpClient> PhoneBrowser(string phone)
    {
        var browser = app.ClientFor(Village);
        var local = "0" + phone[3..];
        await app.Texts.WaitForCount(phone, 1);   // the invitation
        var before = app.Texts.To(phone).Count;
        var sent = await browser.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Phone"] = local }, "/account/phone?handler=Send");
        var codeForm = await sent.Content.ReadAsStringAsync();
        sent.StatusCode.ShouldBe(HttpStatusCode.OK, codeForm);
        await app.Texts.WaitForCount(phone, before + 1);
        var code = TextMessages.Code(app.Texts.To(phone)[before]);
        var verified = await browser.PostFormAsync("/account/phone?handler=Verify",
            new Dictionary<string, string> { ["Phone"] = local, ["Code"] = code }, Forms.Antiforgery(codeForm));
        verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }
}
