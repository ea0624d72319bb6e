using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NSec.Cryptography;

namespace CraftMarket.QualityMarks.Tests.Codes;

/// <summary>
/// What the codes tests need besides <see cref="RegistryGiven"/>: a product nobody else certifies
/// (a fresh draft, so another test's valid certificate can never cover it), a batch, and an
/// offline verifier written from docs/quality-marks-offline-verification.md alone (own base32, NSec).
/// </summary>
internal static class CodesGiven
{
    /// <summary>A new draft product of the village, made through the catalogue API as its admin.</summary>
    public static async Task<Guid> DraftProductAsync(QualityMarksSite site, string slug)
    {
        var admin = await site.Admin(slug);
        var categories = JsonDocument.Parse(await admin.GetStringAsync("/api/catalogue/categories")).RootElement;
        var category = categories.EnumerateArray().First(c => !c.GetProperty("retired").GetBoolean()).GetProperty("id").GetString();
        var members = JsonDocument.Parse(await admin.GetStringAsync("/api/members?pageSize=100")).RootElement;
        var maker = members.GetProperty("items").EnumerateArray().First(m => m.GetProperty("status").GetString() == "Active").GetProperty("id").GetString();
        var tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var response = await admin.PostAsJsonAsync("/api/catalogue/products", new
        {
            categoryId = category, sku = "LBL-" + tag, name = new { vi = $"Bình nhãn {tag}" }, description = new { vi = "Sản phẩm thử nhãn." },
            basePriceVnd = 250000, minimumOrderQuantity = 10, orderMultiple = 1, leadTimeDays = 30, makers = new[] { maker },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A certificate (as <see cref="RegistryGiven"/> writes it) whose scope is <paramref name="productId"/> only.</summary>
    public static async Task<GivenCertificate> CertificateForAsync(QualityMarksSite site, string slug, Guid productId,
        DateOnly? expiresOn = null, CertificateStatus status = CertificateStatus.Active)
    {
        var given = await RegistryGiven.CertificateAsync(site, slug, expiresOn: expiresOn, status: status, reason: status == CertificateStatus.Active ? null : "test");
        await using var scope = site.ScopeFor(slug);
        var db = QualityMarksSite.Db(scope);
        var certificate = await db.Certificates.SingleAsync(c => c.Id == new CertificateId(given.CertificateId));
        certificate.ProductIds = [productId];
        await db.SaveChangesAsync();
        return given with { ProductId = productId };
    }

    /// <summary>A certified draft product of its own and a batch of <paramref name="quantity"/> codes for it.</summary>
    public static async Task<JsonElement> BatchAsync(QualityMarksSite site, string slug, int quantity, HttpClient? issuer = null)
    {
        var product = await DraftProductAsync(site, slug);
        await CertificateForAsync(site, slug, product);
        var response = await (issuer ?? await site.Admin(slug)).PostAsJsonAsync("/api/quality/label-batches", new { productId = product, quantity, size = "small" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<List<string[]>> CsvRowsAsync(HttpClient client, string batchId)
    {
        var text = await client.GetStringAsync($"/api/quality/label-batches/{batchId}/codes.csv");
        return [.. text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))];
    }

    /// <summary>The public key of <paramref name="keyId"/> as marks.json publishes it, with its status.</summary>
    public static (PublicKey Key, string Status) PublishedKey(JsonElement marks, string slug, long keyId)
    {
        var village = marks.GetProperty("associations").EnumerateArray().Single(a => a.GetProperty("slug").GetString() == slug);
        var key = village.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("keyId").GetInt64() == keyId);
        key.GetProperty("algorithm").GetString().ShouldBe("Ed25519");
        var raw = Convert.FromBase64String(Base64(key.GetProperty("publicKey").GetString()!));
        return (PublicKey.Import(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey), key.GetProperty("status").GetString()!);
    }

    public static string Base64(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
    }

    /// <summary>As the document says: RFC 4648 base32 of 95 bytes; bytes 1-4 the key id; the first 31 bytes signed after the context line.</summary>
    public static (long KeyId, long Batch, long Serial, Guid Product, byte[] Payload, byte[] Signature) ReadToken(string token)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in token.ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8) { bytes.Add((byte)(buffer >> (bits - 8))); bits -= 8; buffer &= (1 << bits) - 1; }
        }
        bytes.Count.ShouldBe(95);
        bytes[0].ShouldBe((byte)1);
        var all = bytes.ToArray();
        static long U32(byte[] b, int at) => (long)b[at] << 24 | (long)b[at + 1] << 16 | (long)b[at + 2] << 8 | b[at + 3];
        return (U32(all, 1), U32(all, 5), U32(all, 9), new Guid(all.AsSpan(13, 16), bigEndian: true), all[..31], all[31..]);
    }

    public static bool VerifiesOffline(PublicKey key, byte[] payload, byte[] signature) =>
        SignatureAlgorithm.Ed25519.Verify(key, [.. "craftmarket/item-code/v1\n"u8, .. payload], signature);

    public static async Task<JsonElement> MarksAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/.well-known/craftmarket/marks.json")).RootElement;

    /// <summary>The list's signed bytes rebuilt from its JSON, as the document describes.</summary>
    public static byte[] CanonicalList(JsonElement list)
    {
        var text = new StringBuilder("craftmarket/revocations/v1\n");
        text.Append("association ").Append(list.GetProperty("association").GetString()).Append('\n');
        text.Append("issued-at ").Append(list.GetProperty("issuedAt").GetString()).Append('\n');
        text.Append("next-update ").Append(list.GetProperty("nextUpdate").GetString()).Append('\n');
        text.Append("signed-by ").Append(list.GetProperty("signedBy").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        foreach (var batch in list.GetProperty("batches").EnumerateArray())
        {
            text.Append("batch ").Append(batch.GetProperty("keyId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(' ').Append(batch.GetProperty("batch").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (batch.GetProperty("all").GetBoolean()) text.Append(" all");
            else
                foreach (var range in batch.GetProperty("serials").EnumerateArray())
                    text.Append(' ').Append(range[0].GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .Append('-').Append(range[1].GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            text.Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
