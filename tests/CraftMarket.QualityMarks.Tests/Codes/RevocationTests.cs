using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NSec.Cryptography;

namespace CraftMarket.QualityMarks.Tests.Codes;

/// <summary>Revoking a batch, a range or one code: validated, stored at once, audited, and in the signed list offline verifiers fetch.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class RevocationTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Theory]
    [InlineData(0, 5, "stolen", "fromSerial")]
    [InlineData(1, 51, "stolen", "toSerial")]
    [InlineData(51, 51, "stolen", "fromSerial")]
    [InlineData(9, 3, "stolen", "toSerial")]
    [InlineData(1, 2, "  ", "reason")]
    public async Task A_range_outside_the_batch_backwards_or_without_a_reason_is_refused(int from, int to, string reason, string field)
    {
        var batch = await CodesGiven.BatchAsync(app, Village, 50);
        var id = batch.GetProperty("id").GetString();

        var response = await (await app.Admin(Village)).PostAsJsonAsync($"/api/quality/label-batches/{id}/revocations", new { fromSerial = from, toSerial = to, reason });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        await using var scope = app.ScopeFor(Village);
        (await QualityMarksSite.Db(scope).Revocations.CountAsync(r => r.BatchId == new LabelBatchId(Guid.Parse(id!)))).ShouldBe(0);
    }

    [Fact]
    public async Task A_range_and_a_single_code_are_stored_listed_audited_and_published_in_the_signed_list()
    {
        var batch = await CodesGiven.BatchAsync(app, Village, 50);
        var id = batch.GetProperty("id").GetString()!;
        var desk = await app.ExportDesk(Village);

        (await desk.PostAsJsonAsync($"/api/quality/label-batches/{id}/revocations", new { fromSerial = 10, toSerial = 20, reason = "Cuộn nhãn bị mất" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await desk.PostAsJsonAsync($"/api/quality/label-batches/{id}/revocations", new { fromSerial = 15, toSerial = 22, reason = "overlaps" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await desk.PostAsJsonAsync($"/api/quality/label-batches/{id}/revocations", new { fromSerial = 40, reason = "one label copied" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var listed = await desk.GetFromJsonAsync<JsonElement>($"/api/quality/label-batches/{id}/revocations");
        listed.GetProperty("ranges").EnumerateArray().Select(r => (r.GetProperty("fromSerial").GetInt32(), r.GetProperty("toSerial").GetInt32()))
            .ShouldBe([(10, 20), (15, 22), (40, 40)]);
        listed.GetProperty("ranges")[0].GetProperty("reason").GetString().ShouldBe("Cuộn nhãn bị mất");
        await using (var scope = app.ScopeFor(Village))
            (await QualityMarksSite.Db(scope).Audit.CountAsync(a => a.SubjectId == Guid.Parse(id) && a.Action == "codes-revoked")).ShouldBe(3);

        var list = await SignedListAsync();
        var entry = Entry(list, batch);
        entry.GetProperty("all").GetBoolean().ShouldBeFalse();
        entry.GetProperty("serials").EnumerateArray().Select(r => (r[0].GetInt32(), r[1].GetInt32())).ShouldBe([(10, 22), (40, 40)]);
        list.ToString().ShouldNotContain("Cuộn nhãn");   // reasons stay with staff
    }

    [Fact]
    public async Task A_whole_batch_is_revoked_once_and_listed_as_all()
    {
        var batch = await CodesGiven.BatchAsync(app, Village, 20);
        var id = batch.GetProperty("id").GetString()!;
        var admin = await app.Admin(Village);

        (await admin.PostAsJsonAsync($"/api/quality/label-batches/{id}/revoke", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var revoked = await admin.PostAsJsonAsync($"/api/quality/label-batches/{id}/revoke", new { reason = "Nhãn bị đánh cắp ở kho" });
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await admin.PostAsJsonAsync($"/api/quality/label-batches/{id}/revoke", new { reason = "again" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await using (var scope = app.ScopeFor(Village))
        {
            var db = QualityMarksSite.Db(scope);
            var stored = await db.Batches.AsNoTracking().SingleAsync(b => b.Id == new LabelBatchId(Guid.Parse(id)));
            stored.RevokedReason.ShouldBe("Nhãn bị đánh cắp ở kho");
            (await db.Audit.CountAsync(a => a.SubjectId == stored.Id.Value && a.Action == "revoked")).ShouldBe(1);
        }
        var entry = Entry(await SignedListAsync(), batch);
        entry.GetProperty("all").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_signed_list_verifies_with_the_published_key_and_fails_once_altered()
    {
        var batch = await CodesGiven.BatchAsync(app, Village, 10);
        (await (await app.Admin(Village)).PostAsJsonAsync($"/api/quality/label-batches/{batch.GetProperty("id").GetString()}/revocations",
            new { fromSerial = 3, toSerial = 4, reason = "test" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var anonymous = app.Anonymous(Village);
        var response = await anonymous.GetAsync("/.well-known/craftmarket/revocations/bat-trang.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.MaxAge.ShouldNotBeNull();
        var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        list.GetProperty("format").GetString().ShouldBe("craftmarket-revocations/1");
        var issued = DateTimeOffset.Parse(list.GetProperty("issuedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var next = DateTimeOffset.Parse(list.GetProperty("nextUpdate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        (next - issued).ShouldBe(TimeSpan.FromDays(1));
        var (key, status) = CodesGiven.PublishedKey(await CodesGiven.MarksAsync(anonymous), Village, list.GetProperty("signedBy").GetInt64());
        status.ShouldBe("active");
        var signature = Convert.FromBase64String(CodesGiven.Base64(list.GetProperty("signature").GetString()!));
        var signed = CodesGiven.CanonicalList(list);

        SignatureAlgorithm.Ed25519.Verify(key, signed, signature).ShouldBeTrue();
        var altered = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(signed).Replace(" 3-4\n", " 3-3\n", StringComparison.Ordinal));
        altered.ShouldNotBe(signed);
        SignatureAlgorithm.Ed25519.Verify(key, altered, signature).ShouldBeFalse();

        // Its own context: the list's signature is no item-code signature, whatever payload is tried.
        var afterContext = signed["craftmarket/revocations/v1\n"u8.Length..];
        Keys.AssociationKeys.Verify(key.Export(KeyBlobFormat.RawPublicKey), signed, signature).ShouldBeFalse();
        Keys.AssociationKeys.Verify(key.Export(KeyBlobFormat.RawPublicKey), afterContext, signature).ShouldBeFalse();
        CodesGiven.VerifiesOffline(key, signed[..31], signature).ShouldBeFalse();
    }

    [Fact]
    public async Task A_village_host_serves_only_its_own_list_and_the_platform_host_serves_each()
    {
        await CodesGiven.BatchAsync(app, "van-phuc", 1);
        (await app.Anonymous(Village).GetAsync("/.well-known/craftmarket/revocations/van-phuc.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Anonymous(Village).GetAsync("/.well-known/craftmarket/revocations/nowhere.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var platform = app.ClientFor(null);
        var vanPhuc = JsonDocument.Parse(await platform.GetStringAsync("/.well-known/craftmarket/revocations/van-phuc.json")).RootElement;
        vanPhuc.GetProperty("association").GetString().ShouldBe("van-phuc");
        var (key, _) = CodesGiven.PublishedKey(await CodesGiven.MarksAsync(platform), "van-phuc", vanPhuc.GetProperty("signedBy").GetInt64());
        SignatureAlgorithm.Ed25519.Verify(key, CodesGiven.CanonicalList(vanPhuc),
            Convert.FromBase64String(CodesGiven.Base64(vanPhuc.GetProperty("signature").GetString()!))).ShouldBeTrue();
    }

    private async Task<JsonElement> SignedListAsync() =>
        JsonDocument.Parse(await app.Anonymous(Village).GetStringAsync("/.well-known/craftmarket/revocations/bat-trang.json")).RootElement;

    private static JsonElement Entry(JsonElement list, JsonElement batch) => list.GetProperty("batches").EnumerateArray()
        .Single(b => b.GetProperty("keyId").GetInt64() == batch.GetProperty("keyId").GetInt64() && b.GetProperty("batch").GetInt64() == batch.GetProperty("number").GetInt64());
}
