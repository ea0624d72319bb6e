using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Tests.Codes;

/// <summary>Issuing label batches: only for a product a certificate covers now, numbered once each, by the right staff.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class LabelBatchTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task The_export_desk_issues_a_batch_for_a_certified_product_signed_with_the_active_key_and_audited()
    {
        var product = await CodesGiven.DraftProductAsync(app, Village);
        var certificate = await CodesGiven.CertificateForAsync(app, Village, product);
        var desk = await app.ExportDesk(Village);

        var response = await desk.PostAsJsonAsync("/api/quality/label-batches", new { productId = product, quantity = 40, size = "hang-tag" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var batch = await response.Content.ReadFromJsonAsync<JsonElement>();
        batch.GetProperty("productId").GetGuid().ShouldBe(product);
        batch.GetProperty("certificateNumber").GetString().ShouldBe(certificate.Number);
        batch.GetProperty("quantity").GetInt32().ShouldBe(40);
        batch.GetProperty("size").GetString().ShouldBe("hang-tag");
        batch.GetProperty("number").GetInt64().ShouldBeGreaterThan(0);
        var id = batch.GetProperty("id").GetString();
        batch.GetProperty("links").GetProperty("codes").GetString().ShouldBe($"/api/quality/label-batches/{id}/codes.csv");
        batch.GetProperty("links").GetProperty("labels").GetString().ShouldBe($"/api/quality/label-batches/{id}/labels.pdf");
        response.Headers.Location!.OriginalString.ShouldBe($"/api/quality/label-batches/{id}");

        await using var scope = app.ScopeFor(Village);
        var db = QualityMarksSite.Db(scope);
        var active = await db.Keys.Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).FirstAsync();
        batch.GetProperty("keyId").GetInt64().ShouldBe(active.KeyId);
        (await db.Audit.CountAsync(a => a.SubjectId == Guid.Parse(id!) && a.Action == "issued")).ShouldBe(1);
        (await desk.GetFromJsonAsync<JsonElement>($"/api/quality/label-batches/{id}")).GetProperty("number").GetInt64().ShouldBe(batch.GetProperty("number").GetInt64());
        var list = await desk.GetFromJsonAsync<JsonElement>($"/api/quality/label-batches?productId={product}");
        list.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("id").GetString()).ShouldBe([id]);
    }

    [Theory]
    [InlineData(0, "small", "quantity")]
    [InlineData(100_001, "small", "quantity")]
    [InlineData(-5, "small", "quantity")]
    [InlineData(10, "poster", "size")]
    public async Task A_quantity_outside_1_to_100000_or_an_unknown_size_is_refused(int quantity, string size, string field)
    {
        var product = await CodesGiven.DraftProductAsync(app, Village);
        await CodesGiven.CertificateForAsync(app, Village, product);

        var response = await (await app.Admin(Village)).PostAsJsonAsync("/api/quality/label-batches", new { productId = product, quantity, size });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        await using var scope = app.ScopeFor(Village);
        (await QualityMarksSite.Db(scope).Batches.CountAsync(b => b.ProductId == product)).ShouldBe(0);
    }

    [Fact]
    public async Task The_largest_batch_of_100000_is_accepted()
    {
        var batch = await CodesGiven.BatchAsync(app, Village, 100_000);
        batch.GetProperty("quantity").GetInt32().ShouldBe(100_000);
    }

    [Fact]
    public async Task A_product_with_no_certificate_an_expired_one_or_a_suspended_one_gets_no_labels()
    {
        var admin = await app.Admin(Village);
        var product = await CodesGiven.DraftProductAsync(app, Village);
        var none = await admin.PostAsJsonAsync("/api/quality/label-batches", new { productId = product, quantity = 10, size = "small" });
        none.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await none.Content.ReadAsStringAsync()).ShouldContain("No certificate covers this product");

        var today = RegistryClock.Today(DateTimeOffset.UtcNow);
        var expired = await CodesGiven.CertificateForAsync(app, Village, product, expiresOn: today.AddDays(-1));
        var afterExpiry = await admin.PostAsJsonAsync("/api/quality/label-batches", new { productId = product, quantity = 10, size = "small" });
        afterExpiry.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await afterExpiry.Content.ReadAsStringAsync()).ShouldContain($"certificate {expired.Number} expired");

        var suspended = await CodesGiven.CertificateForAsync(app, Village, product, expiresOn: today.AddMonths(6), status: CertificateStatus.Suspended);
        var whileSuspended = await admin.PostAsJsonAsync("/api/quality/label-batches", new { productId = product, quantity = 10, size = "small" });
        whileSuspended.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await whileSuspended.Content.ReadAsStringAsync()).ShouldContain($"certificate {suspended.Number} is suspended");

        await using var scope = app.ScopeFor(Village);
        (await QualityMarksSite.Db(scope).Batches.CountAsync(b => b.ProductId == product)).ShouldBe(0);

        // The same product with a valid certificate: the refusals above were about validity, nothing else.
        await CodesGiven.CertificateForAsync(app, Village, product);
        (await admin.PostAsJsonAsync("/api/quality/label-batches", new { productId = product, quantity = 10, size = "small" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_associations_certified_product_is_not_found_here()
    {
        var vanPhucProduct = await CodesGiven.DraftProductAsync(app, "van-phuc");
        await CodesGiven.CertificateForAsync(app, "van-phuc", vanPhucProduct);

        var response = await (await app.Admin(Village)).PostAsJsonAsync("/api/quality/label-batches", new { productId = vanPhucProduct, quantity = 10, size = "small" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Admin("van-phuc")).PostAsJsonAsync("/api/quality/label-batches", new { productId = vanPhucProduct, quantity = 10, size = "small" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created, "sanity: its own association may");
    }

    [Fact]
    public async Task Only_the_association_admin_and_export_desk_reach_label_batches()
    {
        var batch = await CodesGiven.BatchAsync(app, Village, 3);
        var id = batch.GetProperty("id").GetString();
        var household = await app.InviteHousehold(Village);
        var callers = new (string Who, HttpClient Client, HttpStatusCode Expected)[]
        {
            ("inspector", await app.Inspector(Village), HttpStatusCode.Forbidden),
            ("household", await app.Producer(Village, household.Phone), HttpStatusCode.Forbidden),
            ("buyer", await app.ClientFor(Village).SignedInAs("buyer@homeware.example"), HttpStatusCode.Forbidden),
            ("Van Phuc admin on Bat Trang", await app.ClientFor(Village).SignedInAs(Auth.AssociationAdmin("van-phuc")), HttpStatusCode.Forbidden),
            ("anonymous", app.Anonymous(Village), HttpStatusCode.Unauthorized),
            ("Van Phuc admin on Van Phuc", await app.Admin("van-phuc"), HttpStatusCode.NotFound),
        };
        foreach (var (who, client, expected) in callers)
        {
            (await client.GetAsync($"/api/quality/label-batches/{id}")).StatusCode.ShouldBe(expected, who);
            (await client.GetAsync($"/api/quality/label-batches/{id}/codes.csv")).StatusCode.ShouldBe(expected, who);
            (await client.GetAsync($"/api/quality/label-batches/{id}/revocations")).StatusCode.ShouldBe(expected, who);
            (await client.PostAsJsonAsync($"/api/quality/label-batches/{id}/revoke", new { reason = "stolen" })).StatusCode.ShouldBe(expected, who);
            (await client.PostAsJsonAsync($"/api/quality/label-batches/{id}/revocations", new { fromSerial = 1, toSerial = 1, reason = "x" })).StatusCode.ShouldBe(expected, who);
            var list = await client.GetAsync("/api/quality/label-batches");
            if (expected == HttpStatusCode.NotFound) (await list.Content.ReadAsStringAsync()).ShouldNotContain(id!, customMessage: who);
            else list.StatusCode.ShouldBe(expected, who);
        }
        await using var scope = app.ScopeFor(Village);
        var stored = await QualityMarksSite.Db(scope).Batches.SingleAsync(b => b.Id == new Contracts.LabelBatchId(Guid.Parse(id!)));
        stored.RevokedAt.ShouldBeNull();
        (await QualityMarksSite.Db(scope).Revocations.CountAsync(r => r.BatchId == stored.Id)).ShouldBe(0);
    }
}
