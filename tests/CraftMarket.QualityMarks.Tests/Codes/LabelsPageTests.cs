using System.Net;
using System.Text.Json;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Tests.Codes;

/// <summary>The staff page in Vietnamese: plain forms (no script) issue and revoke batches; keys only for the admin.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class LabelsPageTests(QualityMarksApp app)
{
    private const string Village = "van-phuc";
    private const string Page = "/admin/quality/labels";

    [Fact]
    public async Task The_export_desk_issues_and_revokes_a_batch_with_plain_forms_and_never_sees_the_keys()
    {
        var product = await CodesGiven.DraftProductAsync(app, Village);
        var certificate = await CodesGiven.CertificateForAsync(app, Village, product);
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");

        var html = await desk.GetStringAsync(Page);
        html.ShouldContain("Cấp một lô nhãn");
        html.ShouldContain($"value=\"{product}\"");
        html.ShouldContain(certificate.Number);
        html.ShouldNotContain("Tạo khóa ký mới");

        var issued = await desk.SubmitAsync(Page, new Dictionary<string, string> { ["ProductId"] = product.ToString(), ["Quantity"] = "12", ["Size"] = "hang-tag" },
            Page + "?handler=Issue");
        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = app.ScopeFor(Village);
        var batch = await QualityMarksSite.Db(scope).Batches.AsNoTracking().SingleAsync(b => b.ProductId == product);
        batch.Quantity.ShouldBe(12);
        batch.Size.ShouldBe(Domain.LabelSize.HangTag);

        var listed = await desk.GetStringAsync(Page + "?done=issued");
        listed.ShouldContain("Đã cấp lô nhãn");
        listed.ShouldContain($"/api/quality/label-batches/{batch.Id.Value}/codes.csv");
        listed.ShouldContain($"/api/quality/label-batches/{batch.Id.Value}/labels.pdf");

        var tooMany = await desk.SubmitAsync(Page, new Dictionary<string, string> { ["ProductId"] = product.ToString(), ["Quantity"] = "100001", ["Size"] = "small" },
            Page + "?handler=Issue");
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooMany.Content.ReadAsStringAsync()).ShouldContain("Mỗi lô có từ 1 đến 100.000 mã.");

        var range = await desk.SubmitAsync(Page, new Dictionary<string, string> { ["fromSerial"] = "2", ["toSerial"] = "3", ["reason"] = "Nhãn in hỏng" },
            $"{Page}?handler=RevokeRange&id={batch.Id.Value}");
        range.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var whole = await desk.SubmitAsync(Page, new Dictionary<string, string> { ["reason"] = "Mất cả cuộn" }, $"{Page}?handler=Revoke&id={batch.Id.Value}");
        whole.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var db = QualityMarksSite.Db(scope);
        (await db.Batches.AsNoTracking().SingleAsync(b => b.Id == batch.Id)).RevokedReason.ShouldBe("Mất cả cuộn");
        (await db.Revocations.AsNoTracking().SingleAsync(r => r.BatchId == batch.Id)).ShouldSatisfyAllConditions(
            r => r.FirstSerial.ShouldBe(2), r => r.LastSerial.ShouldBe(3));

        Denied(await desk.SubmitAsync(Page, new Dictionary<string, string>(), Page + "?handler=Rotate"));
        await using var keys = app.ScopeFor(Village);
        (await QualityMarksSite.Db(keys).Audit.CountAsync(a => a.SubjectKind == "key" && a.At > batch.CreatedAt)).ShouldBe(0);
    }

    [Fact]
    public async Task The_admin_sees_the_keys_and_rotates_them_while_an_inspector_is_refused()
    {
        await CodesGiven.BatchAsync(app, Village, 1);
        var admin = await app.ClientFor(Village).SignedInWithCookie(Auth.AssociationAdmin(Village));
        var before = await admin.GetStringAsync(Page);
        before.ShouldContain("Khóa ký");
        await using var scope = app.ScopeFor(Village);
        var active = await QualityMarksSite.Db(scope).Keys.AsNoTracking().Where(k => k.RetiredAt == null).SingleAsync();
        before.ShouldContain(System.Buffers.Text.Base64Url.EncodeToString(active.PublicKey));

        (await admin.SubmitAsync(Page, new Dictionary<string, string>(), Page + "?handler=Rotate")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QualityMarksSite.Db(scope).Keys.AsNoTracking().SingleAsync(k => k.Id == active.Id)).RetiredAt.ShouldNotBeNull();

        var inspector = await app.ClientFor(Village).SignedInWithCookie($"inspector@{Village}.craftmarket.local");
        Denied(await inspector.GetAsync(Page));
    }

    /// <summary>A signed-in browser refused is sent to the access-denied page.</summary>
    private static void Denied(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/access-denied");
    }
}
