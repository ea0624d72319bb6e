using System.Net;
using System.Net.Http.Headers;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.QualityMarks.Tests.Applications;

/// <summary>
/// The households' and inspectors' phone pages as a browser without script uses them: cookie
/// sign-in, the antiforgery token from the rendered page, plain multipart forms.
/// </summary>
[Collection(QualityMarksCollection.Name)]
public sealed class PhonePagesTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task A_household_applies_on_its_phone_page_and_submits_it()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village, signedIn: false);
        var staff = await app.Admin(Village);
        var browser = await PhoneBrowser(household);

        var home = await browser.GetStringAsync("/account/quality");
        home.ShouldContain("Dấu chất lượng của tôi");
        home.ShouldContain("lang=\"vi\"");
        var form = await browser.GetStringAsync("/account/quality/new");
        WebUtility.HtmlDecode(form).ShouldContain(scheme.Name.Vi);
        form.ShouldContain("Bình men rạn thử");
        form.ShouldContain("capture=\"environment\"");

        var posted = await browser.PostMultipartAsync("/account/quality/new", Forms.Antiforgery(form),
            [("SchemeId", scheme.Id.Value.ToString()), ("ProductIds", household.ProductId.ToString()), ("Note", "Gốm nhà làm"), ("SubmitNow", "false")]);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var location = posted.Headers.Location!.OriginalString;
        location.ShouldContain("done=saved");
        var id = Guid.Parse(location.Split('/', '?')[3]);
        var detail = await browser.GetStringAsync(location);
        detail.ShouldContain("Bản nháp");
        detail.ShouldContain("Gốm nhà làm");

        // Submitting with no evidence is explained in Vietnamese on the page.
        var refused = await browser.PostFormAsync($"/account/quality/{id}?handler=Submit", new Dictionary<string, string>(), Forms.Antiforgery(detail));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Hãy thêm ít nhất một ảnh hoặc giấy tờ trước khi nộp.");

        await ApplicationsGiven.AttachEvidenceRowAsync(app, Village, id);
        var submitted = await browser.PostFormAsync($"/account/quality/{id}?handler=Submit", new Dictionary<string, string>(), Forms.Antiforgery(detail));
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync(submitted.Headers.Location!.OriginalString)).ShouldContain("Đã nộp, chờ Hội xem");
        (await (await staff.GetAsync($"/api/quality/applications/{id}")).Json()).GetProperty("status").GetString().ShouldBe("Submitted");

        // The list shows the visit's date in Vietnam time once one is scheduled.
        await ApplicationsGiven.ScheduledAsync(app, Village, id, ApplicationsGiven.Tomorrow9());
        (await browser.GetStringAsync("/account/quality")).ShouldContain("09:00 ngày ");

        var neighbour = await PhoneBrowser(await ApplicationsGiven.HouseholdAsync(app, Village, signedIn: false));
        (await neighbour.GetAsync($"/account/quality/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_inspector_records_a_visit_criterion_by_criterion_on_the_phone_form()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await ApplicationsGiven.SubmittedAsync(app, household, scheme.Id.Value);
        var visit = await ApplicationsGiven.ScheduledAsync(app, Village, id);
        var inspector = await app.ClientFor(Village).SignedInWithCookie($"inspector@{Village}.craftmarket.local");

        (await inspector.GetStringAsync("/admin/quality/inspections")).ShouldContain($"data-visit=\"{visit}\"");
        var url = $"/admin/quality/inspections/{visit}/record";
        var page = await inspector.GetStringAsync(url);
        page.ShouldContain("Đất sét Bát Tràng");
        page.ShouldContain("capture=\"environment\"");
        (await inspector.GetStringAsync($"/admin/quality/applications/{id}")).ShouldNotContain("/admin/quality/certificates/grant/");

        (string, string)[] answers(string technique) =>
        [
            ("Findings[0].Key", "origin"), ("Findings[0].Met", "yes"), ("Findings[0].Notes", "Hoá đơn đất sét"),
            ("Findings[1].Key", "technique"), ("Findings[1].Met", technique),
            ("Defects[0].Type", "lỗ khí"), ("Defects[0].Count", "1"), ("Defects[1].Type", ""), ("Defects[1].Count", ""),
            ("SampleSize", "10"), ("Outcome", "Passed"), ("Notes", "Lò sạch sẽ"),
        ];
        var refused = await inspector.PostMultipartAsync(url, Forms.Antiforgery(page), answers("no"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var explained = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        explained.ShouldContain("Men rạn thủ công: Không đạt.");
        explained.ShouldContain("Chỉ chọn \"Đạt\" khi mọi tiêu chí đều được trả lời và đều đạt.");

        var recorded = await inspector.PostMultipartAsync(url, Forms.Antiforgery(page), answers("yes"));
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect, await recorded.Content.ReadAsStringAsync());
        var detail = await inspector.GetStringAsync(recorded.Headers.Location!.OriginalString);
        detail.ShouldContain($"href=\"/admin/quality/certificates/grant/{id}\"");
        detail.ShouldContain("Cấp chứng nhận");
        var stored = await (await (await app.Inspector(Village)).GetAsync($"/api/quality/inspections/{visit}")).Json();
        stored.GetProperty("outcome").GetString().ShouldBe("Passed");
        stored.GetProperty("defects")[0].GetProperty("type").GetString().ShouldBe("lỗ khí");
    }

    [Fact]
    public async Task Staff_list_applications_and_reject_one_with_a_reason_on_the_phone()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await ApplicationsGiven.SubmittedAsync(app, household, scheme.Id.Value);
        var staff = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");

        (await staff.GetStringAsync($"/admin/quality/applications?status=Submitted&scheme={scheme.Id.Value}")).ShouldContain($"data-application=\"{id}\"");
        var rejected = await staff.SubmitAsync($"/admin/quality/applications/{id}",
            new Dictionary<string, string> { ["reason"] = "Thiếu hoá đơn nguyên liệu." }, $"/admin/quality/applications/{id}?handler=Reject");
        rejected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.GetStringAsync(rejected.Headers.Location!.OriginalString)).ShouldContain("Thiếu hoá đơn nguyên liệu.");
        (await (await household.Client.GetAsync($"/api/quality/applications/{id}")).Json()).GetProperty("status").GetString().ShouldBe("Rejected");
    }

    private Task<HttpClient> PhoneBrowser(Household household) => PhoneBrowser(app, household);

    /// <summary>The household signs in on the phone page with a texted code, as it would; the client keeps the cookie.</summary>
    internal static async Task<HttpClient> PhoneBrowser(QualityMarksSite app, Household household)
    {
        var browser = app.ClientFor(household.Slug);
        var local = "0" + household.Phone[3..];
        var before = app.Texts.To(household.Phone).Count;
        var sent = await browser.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Phone"] = local }, "/account/phone?handler=Send");
        var codeForm = await sent.Content.ReadAsStringAsync();
        codeForm.ShouldContain("name=\"Code\"", customMessage: $"{sent.StatusCode}: the phone page asks for the texted code");
        await app.Texts.WaitForCount(household.Phone, before + 1);
        var code = TextMessages.Code(app.Texts.To(household.Phone)[before]);
        var verified = await browser.PostFormAsync("/account/phone?handler=Verify",
            new Dictionary<string, string> { ["Phone"] = local, ["Code"] = code }, Forms.Antiforgery(codeForm));
        verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }
}

internal static class MultipartForms
{
    /// <summary>Posts a page's multipart form as a browser without script: the token and every field as parts, files named "file..." by their field.</summary>
    public static Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, string token,
        IEnumerable<(string Name, string Value)> fields, IEnumerable<(string Field, string FileName, byte[] Bytes, string Type)>? files = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        foreach (var (field, fileName, bytes, type) in files ?? [])
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            if (fileName.Length > 0) form.Add(part, field, fileName);
            else
            {
                // What a browser sends for a file input left empty: a part with an empty file name and no bytes.
                part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{field}\"", FileName = "\"\"" };
                form.Add(part);
            }
        }
        return client.PostAsync(url, form);
    }
}
