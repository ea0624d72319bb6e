using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.QualityMarks.Tests.Schemes.SchemeRequests;

namespace CraftMarket.QualityMarks.Tests.Schemes;

/// <summary>The association's Vietnamese admin pages, signed in through the login page, posted as plain forms (no JavaScript).</summary>
[Collection(QualityMarksCollection.Name)]
public sealed partial class SchemePagesTests(QualityMarksApp app)
{
    private Task<HttpClient> Browser(string slug, string login) => app.ClientFor(slug).SignedInWithCookie(login);

    private static async Task<string> Html(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return WebUtility.HtmlDecode(body);
    }

    [GeneratedRegex("<fieldset class=\"stack criterion-row\">")]
    private static partial Regex CriterionRow();

    [Fact]
    public async Task An_admin_creates_a_mark_and_publishes_its_criteria_from_the_phone_pages()
    {
        var browser = await Browser("bat-trang", Auth.AssociationAdmin("bat-trang"));
        var list = await Html(await browser.GetAsync("/vi/admin/quality/schemes"));
        list.ShouldContain("Dấu chất lượng");
        list.ShouldContain("Tạo dấu chất lượng mới");

        var category = (await CategoriesAsync(await app.Admin("bat-trang")))[0];
        var form = await Html(await browser.GetAsync("/vi/admin/quality/schemes/new"));
        form.ShouldContain("Tên (tiếng Anh, người mua đọc)");
        form.ShouldContain($"value=\"{category}\"");
        var code = NewCode();
        var fields = new Dictionary<string, string>
        {
            ["Form.Code"] = code, ["Form.NameVi"] = "Lụa Vạn Phúc chính gốc", ["Form.NameEn"] = "",
            ["Form.DescriptionVi"] = "Tơ tằm từ nhà cung cấp của làng", ["Form.DescriptionEn"] = "Raw silk from the village's own suppliers",
            ["Form.ValidityMonths"] = "24", ["Form.Categories"] = category,
        };
        var refused = await Html(await browser.SubmitAsync("/vi/admin/quality/schemes/new", fields));
        refused.ShouldContain("Cần có bản tiếng Anh: người mua đọc nó.");
        refused.ShouldContain("Lụa Vạn Phúc chính gốc");   // what was typed stays

        fields["Form.NameEn"] = "Genuine Van Phuc silk";
        var created = await browser.SubmitAsync("/vi/admin/quality/schemes/new", fields);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var publishUrl = created.Headers.Location!.OriginalString;
        publishUrl.ShouldEndWith("/versions/new");
        var schemeId = publishUrl.Split('/')[^3];

        var editor = await Html(await browser.GetAsync(publishUrl));
        editor.ShouldContain("Công bố phiên bản tiêu chí mới");
        CriterionRow().Count(editor).ShouldBe(5);
        var token = Forms.Antiforgery(await browser.GetStringAsync(publishUrl));
        var rows = new Dictionary<string, string>
        {
            ["Rows[0].Key"] = "silk-origin", ["Rows[0].Kind"] = "RawMaterialOrigin", ["Rows[0].TextVi"] = "Tơ tằm của làng",
            ["Rows[0].HowVi"] = "Xem hóa đơn mua tơ", ["Rows[0].TextEn"] = "Village silk",
            ["Rows[3].Key"] = "woven-here", ["Rows[3].Kind"] = "MadeInVillageByMember", ["Rows[3].TextVi"] = "Dệt tại Vạn Phúc",
            ["Rows[3].HowVi"] = "Thăm xưởng dệt",
        };
        for (var i = 0; i < 5; i++) rows.TryAdd($"Rows[{i}].Kind", "Technique");
        var more = await Html(await browser.PostFormAsync($"{publishUrl}?handler=MoreRows", rows, token));
        CriterionRow().Count(more).ShouldBe(8);
        more.ShouldContain("Dệt tại Vạn Phúc");

        var missing = new Dictionary<string, string>(rows) { ["Rows[3].HowVi"] = "" };
        var invalid = await Html(await browser.PostFormAsync($"{publishUrl}?handler=Publish", missing, token));
        invalid.ShouldContain("Cần có bản tiếng Việt.");

        var published = await browser.PostFormAsync($"{publishUrl}?handler=Publish", rows, token);
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var version = await OkAsync(await (await app.Admin("bat-trang")).GetAsync($"/api/quality/schemes/{schemeId}/versions/1"));
        version.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ShouldBe(["silk-origin", "woven-here"]);
        version.GetProperty("criteria")[1].GetProperty("kind").GetString().ShouldBe("MadeInVillageByMember");

        var page = await Html(await browser.GetAsync($"/vi/admin/quality/schemes/{schemeId}?done=Version%20published."));
        page.ShouldContain("Đã công bố phiên bản.");
        page.ShouldContain("Phiên bản 1");
        page.ShouldContain("Do hội viên làm tại làng");
        // The next version starts from the current criteria.
        (await Html(await browser.GetAsync(publishUrl))).ShouldContain("Tơ tằm của làng");
    }

    [Fact]
    public async Task Scheme_pages_refuse_other_roles_and_another_associations_scheme()
    {
        var scheme = await SchemeWithVersionAsync(await app.Admin("bat-trang"));
        var inspector = await Browser("bat-trang", $"inspector@bat-trang.craftmarket.local");
        var refused = await inspector.GetAsync($"/vi/admin/quality/schemes/{scheme}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.ShouldContain("/account/access-denied");
        var vanPhuc = await Browser("van-phuc", Auth.AssociationAdmin("van-phuc"));
        (await vanPhuc.GetAsync($"/vi/admin/quality/schemes/{scheme}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetAsync($"/vi/admin/quality/schemes/{scheme}/versions/new")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetAsync($"/vi/admin/quality/schemes/{scheme}/versions/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_record_change_and_withdraw_a_members_certificate_on_the_pages()
    {
        var member = await OtherCertificateTests.ActiveHouseholdAsync(app, "bat-trang");
        var browser = await Browser("bat-trang", "export@bat-trang.craftmarket.local");
        var form = await Html(await browser.GetAsync($"/vi/admin/quality/other-certificates/new?memberId={member.Id}"));
        form.ShouldContain("Ghi nhận chứng nhận");
        form.ShouldContain("<option value=\"OEKO-TEX Standard 100\">");   // suggestions without JavaScript
        var fields = new Dictionary<string, string>
        {
            ["Form.MemberId"] = member.Id.ToString(), ["Form.Kind"] = "OEKO-TEX Standard 100", ["Form.Issuer"] = "Hohenstein",
            ["Form.Number"] = "22.HVN.12345", ["Form.IssuedOn"] = "2025-06-01", ["Form.ExpiresOn"] = "2025-05-01",
        };
        (await Html(await browser.SubmitAsync("/vi/admin/quality/other-certificates/new", fields))).ShouldContain("Ngày hết hạn phải sau ngày cấp.");
        fields["Form.ExpiresOn"] = "2027-05-31";
        var created = await browser.SubmitAsync("/vi/admin/quality/other-certificates/new", fields);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = created.Headers.Location!.OriginalString;
        var id = page.Split('?')[0].Split('/')[^1];

        var edit = await Html(await browser.GetAsync(page));
        edit.ShouldContain("Đã ghi nhận chứng nhận.");
        edit.ShouldContain("Chưa đính kèm giấy tờ.");
        edit.ShouldContain("22.HVN.12345");
        var list = await Html(await browser.GetAsync($"/vi/admin/quality/other-certificates?memberId={member.Id}"));
        list.ShouldContain("OEKO-TEX Standard 100");

        var withdrawn = await browser.SubmitAsync(page, new Dictionary<string, string> { ["reason"] = "Hết hiệu lực" },
            postUrl: $"/vi/admin/quality/other-certificates/{id}?handler=Withdraw");
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Html(await browser.GetAsync($"/vi/admin/quality/other-certificates/{id}"))).ShouldContain("Đã thu hồi: lưu trong nhật ký");
        var api = await OkAsync(await (await app.ExportDesk("bat-trang")).GetAsync($"/api/quality/other-certificates/{id}"));
        api.GetProperty("withdrawn").GetBoolean().ShouldBeTrue();

        var vanPhuc = await Browser("van-phuc", Auth.AssociationAdmin("van-phuc"));
        (await vanPhuc.GetAsync($"/vi/admin/quality/other-certificates/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetAsync($"/vi/admin/quality/other-certificates/{id}?handler=Document")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
