using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace CraftMarket.QualityMarks.Tests.Codes;

/// <summary>Keys: encrypted at rest, listed without their private part, rotated with old codes still verifying; marks.json per host.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class KeysAndMarksTests(QualityMarksApp app)
{
    [Fact]
    public async Task The_stored_private_key_is_data_protection_ciphertext_not_the_key()
    {
        await CodesGiven.BatchAsync(app, "dong-ky", 1);   // the association has a key from here on
        await using var scope = app.ScopeFor("dong-ky");
        var key = await QualityMarksSite.Db(scope).Keys.AsNoTracking().Where(k => k.RetiredAt == null).FirstAsync();
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(AssociationKeys.ProtectionPurpose);
        var raw = Convert.FromBase64String(protector.Unprotect(key.ProtectedPrivateKey));

        raw.Length.ShouldBe(32);
        using (var imported = Key.Import(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPrivateKey))
            imported.PublicKey.Export(KeyBlobFormat.RawPublicKey).ShouldBe(key.PublicKey, "the ciphertext holds this key's private half");
        key.ProtectedPrivateKey.ShouldNotContain(Convert.ToBase64String(raw));
        key.ProtectedPrivateKey.ShouldNotContain(Convert.ToHexString(raw), Case.Insensitive);
        key.ProtectedPrivateKey.Length.ShouldBeGreaterThan(80);   // a Data Protection payload, not 32 bytes spelled out
        Should.Throw<System.Security.Cryptography.CryptographicException>(() =>
            scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("another purpose").Unprotect(key.ProtectedPrivateKey));
    }

    [Fact]
    public async Task Rotation_retires_the_old_key_new_batches_use_the_new_one_and_old_codes_still_verify_offline()
    {
        const string village = "dong-ky";
        var admin = await app.Admin(village);
        var before = await CodesGiven.BatchAsync(app, village, 5);
        var oldKey = before.GetProperty("keyId").GetInt64();

        var rotated = await admin.PostAsync("/api/quality/keys/rotate", null);
        rotated.StatusCode.ShouldBe(HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        var newKey = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keyId").GetInt64();
        newKey.ShouldNotBe(oldKey);

        var keys = await admin.GetStringAsync("/api/quality/keys");
        var listed = JsonDocument.Parse(keys).RootElement.EnumerateArray().ToDictionary(k => k.GetProperty("keyId").GetInt64(), k => k.GetProperty("status").GetString());
        listed[oldKey].ShouldBe("retired");
        listed[newKey].ShouldBe("active");
        keys.ShouldNotContain("private", Case.Insensitive);
        keys.ShouldNotContain("protected", Case.Insensitive);

        var after = await CodesGiven.BatchAsync(app, village, 5);
        after.GetProperty("keyId").GetInt64().ShouldBe(newKey);

        var marks = await CodesGiven.MarksAsync(app.Anonymous(village));
        var (retired, status) = CodesGiven.PublishedKey(marks, village, oldKey);
        status.ShouldBe("retired");
        var oldRow = (await CodesGiven.CsvRowsAsync(admin, before.GetProperty("id").GetString()!))[3];
        var token = CodesGiven.ReadToken(oldRow[2][(oldRow[2].LastIndexOf('/') + 1)..]);
        token.KeyId.ShouldBe(oldKey);
        CodesGiven.VerifiesOffline(retired, token.Payload, token.Signature).ShouldBeTrue();
        var (current, _) = CodesGiven.PublishedKey(marks, village, newKey);
        CodesGiven.VerifiesOffline(current, token.Payload, token.Signature).ShouldBeFalse("another key never verifies it");

        await using var scope = app.ScopeFor(village);
        (await QualityMarksSite.Db(scope).Audit.CountAsync(a => a.SubjectKind == "key" && a.Action == "retired" && a.Detail == $"key {oldKey}")).ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_association_admin_sees_or_rotates_keys()
    {
        foreach (var (who, client, expected) in new (string, HttpClient, HttpStatusCode)[]
        {
            ("export desk", await app.ExportDesk("van-phuc"), HttpStatusCode.Forbidden),
            ("inspector", await app.Inspector("van-phuc"), HttpStatusCode.Forbidden),
            ("buyer", await app.ClientFor("van-phuc").SignedInAs("buyer@homeware.example"), HttpStatusCode.Forbidden),
            ("Bat Trang admin on Van Phuc", await app.ClientFor("van-phuc").SignedInAs(Auth.AssociationAdmin("bat-trang")), HttpStatusCode.Forbidden),
            ("anonymous", app.Anonymous("van-phuc"), HttpStatusCode.Unauthorized),
            ("platform host", await app.ClientFor(null).SignedInAs(Auth.AssociationAdmin("van-phuc")), HttpStatusCode.NotFound),
        })
        {
            (await client.GetAsync("/api/quality/keys")).StatusCode.ShouldBe(expected, who);
            (await client.PostAsync("/api/quality/keys/rotate", null)).StatusCode.ShouldBe(expected, who);
        }
    }

    [Fact]
    public async Task A_village_host_publishes_only_its_village_and_the_platform_host_every_active_one()
    {
        await CodesGiven.BatchAsync(app, "bat-trang", 1);
        await CodesGiven.BatchAsync(app, "van-phuc", 1);

        var response = await app.Anonymous("van-phuc").GetAsync("/.well-known/craftmarket/marks.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        var village = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        village.GetProperty("associations").EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ShouldBe(["van-phuc"]);
        var vanPhuc = village.GetProperty("associations")[0];
        vanPhuc.GetProperty("revocationList").GetString().ShouldBe("http://van-phuc.localhost/.well-known/craftmarket/revocations/van-phuc.json");
        vanPhuc.GetProperty("itemCodeVersion").GetInt32().ShouldBe(1);
        vanPhuc.GetProperty("keys").EnumerateArray().Count(k => k.GetProperty("status").GetString() == "active").ShouldBeGreaterThanOrEqualTo(1);
        village.GetProperty("itemCode").GetProperty("signatureContext").GetString().ShouldBe("craftmarket/item-code/v1\n");

        var platform = await CodesGiven.MarksAsync(app.ClientFor(null));
        var slugs = platform.GetProperty("associations").EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ToList();
        slugs.ShouldContain("bat-trang");
        slugs.ShouldContain("van-phuc");
        var batTrang = platform.GetProperty("associations").EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "bat-trang");
        batTrang.GetProperty("revocationList").GetString().ShouldBe("http://localhost/.well-known/craftmarket/revocations/bat-trang.json");

        await using var scope = app.ScopeFor("van-phuc");
        var stored = await QualityMarksSite.Db(scope).Keys.AsNoTracking().ToListAsync();
        var text = village.ToString();
        foreach (var key in stored)
        {
            text.ShouldContain(System.Buffers.Text.Base64Url.EncodeToString(key.PublicKey));
            text.ShouldNotContain(key.ProtectedPrivateKey);
        }
        text.ShouldNotContain("\"bat-trang\"");
    }
}

[Collection(QualityMarksCollection.Name)]
public sealed class CodesOpenApiTests(QualityMarksApp app)
{
    [Fact]
    public async Task Every_codes_endpoint_is_in_the_OpenAPI_document_with_a_name_and_summary()
    {
        var document = JsonDocument.Parse(await app.ClientFor(null).GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Operation: o.Value)))
            .Where(o => o.Operation.TryGetProperty("operationId", out _))
            .ToDictionary(o => o.Operation.GetProperty("operationId").GetString()!, o => o);
        string[] ours = ["ListSigningKeys", "RotateSigningKey", "IssueLabelBatch", "ListLabelBatches", "GetLabelBatch", "LabelBatchCodesCsv",
            "RevokeLabelBatch", "RevokeLabelCodes", "ListLabelBatchRevocations", "PublishedMarks", "SignedRevocationList"];
        foreach (var id in ours)
        {
            operations.ShouldContainKey(id);
            operations[id].Operation.GetProperty("summary").GetString()!.Length.ShouldBeGreaterThan(10, id);
        }
        operations["IssueLabelBatch"].Path.ShouldBe("/api/quality/label-batches");
        operations["IssueLabelBatch"].Operation.GetProperty("responses").TryGetProperty("400", out _).ShouldBeTrue();
        operations["IssueLabelBatch"].Operation.GetProperty("responses").TryGetProperty("409", out _).ShouldBeTrue();
        operations["LabelBatchCodesCsv"].Path.ShouldBe("/api/quality/label-batches/{id}/codes.csv");
        operations["SignedRevocationList"].Path.ShouldBe("/.well-known/craftmarket/revocations/{slug}.json");
    }
}
