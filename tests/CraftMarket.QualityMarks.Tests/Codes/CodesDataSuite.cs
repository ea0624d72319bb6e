using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace CraftMarket.QualityMarks.Tests.Codes;

/// <summary>
/// The codes' data layer on both providers: batch numbers under concurrent issue (unique index and
/// retry), key ids and batch numbers beyond a signed 32-bit int (stored as bigint), and the revocation
/// list's queries.
/// </summary>
public abstract class CodesDataSuite(QualityMarksSite site)
{
    private const string Village = "dong-ky";

    [Fact]
    public async Task Batches_issued_at_the_same_moment_each_get_their_own_number()
    {
        var product = await CodesGiven.DraftProductAsync(site, Village);
        await CodesGiven.CertificateForAsync(site, Village, product);
        var admin = await site.Admin(Village);
        var desk = await site.ExportDesk(Village);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? admin : desk).PostAsJsonAsync("/api/quality/label-batches", new { productId = product, quantity = 5, size = "small" })));

        foreach (var r in responses) r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt64()));
        numbers.Distinct().Count().ShouldBe(10);
        await using var scope = site.ScopeFor(Village);
        (await QualityMarksSite.Db(scope).Batches.CountAsync(b => b.ProductId == product)).ShouldBe(10);
    }

    [Fact]
    public async Task A_key_id_above_the_signed_32_bit_range_is_stored_read_back_and_verifies()
    {
        uint keyId;
        await using (var scope = site.ScopeFor(Village))
        {
            var keys = scope.ServiceProvider.GetRequiredService<AssociationKeys>();
            byte[] secret;
            do secret = RandomNumberGenerator.GetBytes(32);
            while ((BitConverter.ToUInt32(SHA256.HashData(secret), 0) | 1u) <= int.MaxValue);
            keyId = (await keys.ImportAsync(secret, CancellationToken.None)).KeyId;
        }
        keyId.ShouldBeGreaterThan((uint)int.MaxValue);
        try
        {
            var batch = await CodesGiven.BatchAsync(site, Village, 4);
            batch.GetProperty("keyId").GetInt64().ShouldBe(keyId);
            var admin = await site.Admin(Village);
            var listed = JsonDocument.Parse(await admin.GetStringAsync("/api/quality/keys")).RootElement.EnumerateArray()
                .Select(k => k.GetProperty("keyId").GetInt64()).ToList();
            listed.ShouldContain(keyId);

            var row = (await CodesGiven.CsvRowsAsync(admin, batch.GetProperty("id").GetString()!))[4];
            var token = CodesGiven.ReadToken(row[2][(row[2].LastIndexOf('/') + 1)..]);
            token.KeyId.ShouldBe(keyId);
            var (key, _) = CodesGiven.PublishedKey(await CodesGiven.MarksAsync(site.Anonymous(Village)), Village, keyId);
            CodesGiven.VerifiesOffline(key, token.Payload, token.Signature).ShouldBeTrue();

            (await admin.PostAsJsonAsync($"/api/quality/label-batches/{batch.GetProperty("id").GetString()}/revocations",
                new { fromSerial = 2, toSerial = 3, reason = "bigint" })).StatusCode.ShouldBe(HttpStatusCode.Created);
            var list = JsonDocument.Parse(await site.Anonymous(Village).GetStringAsync("/.well-known/craftmarket/revocations/dong-ky.json")).RootElement;
            var entry = list.GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("keyId").GetInt64() == keyId);
            entry.GetProperty("serials")[0].EnumerateArray().Select(s => s.GetInt32()).ShouldBe([2, 3]);
            var signer = CodesGiven.PublishedKey(await CodesGiven.MarksAsync(site.Anonymous(Village)), Village, list.GetProperty("signedBy").GetInt64()).Key;
            SignatureAlgorithm.Ed25519.Verify(signer, CodesGiven.CanonicalList(list),
                Convert.FromBase64String(CodesGiven.Base64(list.GetProperty("signature").GetString()!))).ShouldBeTrue();
        }
        finally
        {
            // The imported key joined the association's active one; a rotation leaves one active key again.
            (await (await site.Admin(Village)).PostAsync("/api/quality/keys/rotate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}

[Collection(QualityMarksCollection.Name)]
public sealed class CodesDataOnSqlite(QualityMarksApp app) : CodesDataSuite(app);

[Collection(PostgresQualityMarksCollection.Name)]
public sealed class CodesDataOnPostgres(PostgresQualityMarksApp app) : CodesDataSuite(app);
