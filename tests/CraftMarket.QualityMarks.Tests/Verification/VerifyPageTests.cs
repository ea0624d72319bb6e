using System.Net;
using System.Net.Http.Headers;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Tests.Verification;

/// <summary>
/// The page a label's QR code opens: light, script-free, never indexed, in the reader's language; upper-case QR
/// URLs and typed short codes; any association's code on any host, branded with its own village.
/// </summary>
[Collection(QualityMarksCollection.Name)]
public sealed class VerifyPageTests(QualityMarksApp app)
{
    [Fact]
    public async Task The_QR_codes_upper_case_URL_opens_a_light_page_without_script_that_says_genuine()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        var response = await app.Buyer("bat-trang").GetAsync("/VERIFY/" + batch.Codes[0].Token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeLessThan(50 * 1024);
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("rel=\"stylesheet\"", Case.Insensitive);   // nothing else to fetch but the photo
        html.ShouldContain("<meta name=\"robots\" content=\"noindex\">");
        html.ShouldContain("class=\"genuine\">Genuine</h1>");
        html.ShouldContain(batch.Certificate.Number);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();

        var lower = await app.Buyer("bat-trang").GetStringAsync("/verify/" + batch.Codes[0].Token.ToLowerInvariant());
        lower.ShouldContain("class=\"genuine\"");
    }

    [Fact]
    public async Task The_form_takes_a_typed_short_code_as_a_plain_GET()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        var form = await app.Buyer("bat-trang").GetStringAsync("/verify");
        form.ShouldContain("<form method=\"get\" action=\"/verify\">");
        form.ShouldContain("name=\"code\"");
        var typed = batch.Codes[2].ShortCode.ToLowerInvariant().Replace('1', 'i');
        var answer = await app.Buyer("bat-trang").GetStringAsync("/verify?code=" + Uri.EscapeDataString(typed));
        answer.ShouldContain("class=\"genuine\"");
        var wrong = await app.Buyer("bat-trang").GetStringAsync("/verify?code=ABCD-EFGH-JKMN-PQRS-TVWX-YZ01");
        wrong.ShouldContain("class=\"not-genuine\">Not genuine</h1>");
    }

    [Fact]
    public async Task The_page_speaks_the_phones_language()
    {
        var batch = await CodesGiven.GenuineAsync(app, "van-phuc");
        var client = app.Anonymous("van-phuc");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));
        var html = await client.GetStringAsync("/verify/" + batch.Codes[0].Token);
        html.ShouldContain("<html lang=\"fr\">");
        html.ShouldContain(">Authentique</h1>");
        html.ShouldContain("Numéro du certificat");

        var vietnamese = app.Anonymous("van-phuc");
        vietnamese.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi"));
        (await vietnamese.GetStringAsync("/verify/" + batch.Codes[0].Token)).ShouldContain(">Hàng chính hiệu</h1>");
        var api = app.Anonymous("van-phuc");
        api.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi"));
        (await api.VerifyAsync(batch.Codes[0].Token)).GetProperty("village").GetProperty("name").GetString().ShouldBe("Hiệp hội Lụa Vạn Phúc");
    }

    [Fact]
    public async Task Every_status_has_its_word_on_the_page()
    {
        var today = RegistryClock.Today(DateTimeOffset.UtcNow);
        var suspended = await CodesGiven.BatchAsync(app, await RegistryGiven.CertificateAsync(app, "bat-trang", status: CertificateStatus.Suspended));
        var expired = await CodesGiven.BatchAsync(app, await RegistryGiven.CertificateAsync(app, "bat-trang", issuedOn: today.AddYears(-2), expiresOn: today.AddDays(-1)));
        var revoked = await CodesGiven.GenuineAsync(app);
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var db = QualityMarksSite.Db(scope);
            (await db.Batches.SingleAsync(b => b.Id == new LabelBatchId(revoked.BatchId))).RevokedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }
        (await Page(suspended.Codes[0].Token)).ShouldContain("class=\"certificate-suspended\">Certificate suspended</h1>");
        (await Page(expired.Codes[0].Token)).ShouldContain("class=\"certificate-expired\">Certificate expired</h1>");
        (await Page(revoked.Codes[0].Token)).ShouldContain("class=\"revoked\">Label revoked</h1>");
    }

    [Fact]
    public async Task Another_villages_code_is_answered_on_this_villages_host_under_its_own_village_and_on_the_platform_host()
    {
        var theirs = await CodesGiven.GenuineAsync(app, "van-phuc");
        var html = await app.Buyer("bat-trang").GetStringAsync("/verify/" + theirs.Codes[0].Token);
        html.ShouldContain("class=\"genuine\"");
        html.ShouldContain("Van Phuc Silk Association");
        html.ShouldContain("van-phuc.localhost/verify/" + theirs.Codes[0].Token);   // a link to the answer on its own site
        html.ShouldNotContain("/media/");   // its photos are served on its own host only (CSP img-src 'self')

        var json = await app.Buyer("bat-trang").VerifyAsync(theirs.Codes[0].Token);
        json.GetProperty("village").GetProperty("url").GetString()!.ShouldContain("van-phuc.localhost");

        (await app.Buyer(null).StatusAsync(theirs.Codes[0].Token)).ShouldBe("genuine");
        (await app.Buyer(null).GetStringAsync("/verify/" + theirs.Codes[0].ShortCode)).ShouldContain("Van Phuc Silk Association");
    }

    [Fact]
    public async Task The_maker_is_named_only_when_the_member_is_publicly_listed()
    {
        var listed = await CodesGiven.GenuineAsync(app);
        (await app.Buyer("bat-trang").VerifyAsync(listed.Codes[0].Token)).GetProperty("maker").GetProperty("name").GetString().ShouldNotBeNullOrEmpty();

        // A certificate held by a household still only invited (not listed publicly).
        var (household, _) = await app.InviteHousehold("bat-trang", "Hộ Ẩn Danh Thử");
        var given = await RegistryGiven.CertificateAsync(app, "bat-trang");
        GivenCertificate hidden;
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var db = QualityMarksSite.Db(scope);
            var stored = await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == new CertificateId(given.CertificateId));
            var certificate = new Certificate(CertificateId.New(), db.Tenant, given.Number + "-H", stored.SchemeId, 1, new Members.Contracts.MemberId(household),
                [given.ProductId], MarkApplicationId.New(), null, stored.IssuedOn, stored.ExpiresOn);
            db.Certificates.Add(certificate);
            await db.SaveChangesAsync();
            hidden = given with { CertificateId = certificate.Id.Value, Number = certificate.Number, MemberId = household };
        }
        var batch = await CodesGiven.BatchAsync(app, hidden);
        var answer = await app.Buyer("bat-trang").VerifyAsync(batch.Codes[0].Token);
        answer.GetProperty("status").GetString().ShouldBe("genuine");
        answer.GetProperty("maker").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        answer.ToString().ShouldNotContain("Ẩn Danh");
        (await Page(batch.Codes[0].Token)).ShouldNotContain("Ẩn Danh");
    }

    private Task<string> Page(string code) => app.Buyer("bat-trang").GetStringAsync("/verify/" + code);
}
