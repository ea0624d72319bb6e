using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Testing;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace CraftMarket.QualityMarks.Tests.Verification;

/// <summary>
/// What a code answers, through GET /api/verify/{code}: genuine in every spelling a buyer can
/// produce, not-genuine for every forgery, and the states of a real label (revoked, certificate
/// expired, suspended, revoked, renewed). Runs on SQLite and PostgreSQL: the key and batch lookups
/// cross associations and the revocation and renewal queries are provider-translated.
/// </summary>
public abstract class ResolutionSuite(QualityMarksSite app)
{
    private HttpClient Buyer(string slug = "bat-trang") => app.Buyer(slug);

    [Fact]
    public async Task A_printed_token_is_genuine_in_upper_and_lower_case_and_its_short_code_too_typed_with_look_alikes()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        var code = batch.Codes[1];
        var answer = await Buyer().VerifyAsync(code.Token);
        answer.GetProperty("status").GetString().ShouldBe("genuine");
        answer.GetProperty("certificate").GetProperty("number").GetString().ShouldBe(batch.Certificate.Number);
        answer.GetProperty("certificate").GetProperty("status").GetString().ShouldBe("valid");
        answer.GetProperty("batch").GetProperty("issuedOn").GetString().ShouldNotBeNullOrEmpty();
        answer.GetProperty("village").GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
        answer.GetProperty("mark").GetProperty("name").GetString().ShouldStartWith("Test mark");

        (await Buyer().StatusAsync(code.Token.ToLowerInvariant())).ShouldBe("genuine");
        (await Buyer().StatusAsync(code.ShortCode)).ShouldBe("genuine");
        var typed = code.ShortCode.ToLowerInvariant().Replace('0', 'o').Replace('1', 'l').Replace("-", " ", StringComparison.Ordinal);
        (await Buyer().StatusAsync(typed)).ShouldBe("genuine");
    }

    [Fact]
    public async Task A_forged_token_and_a_token_with_one_bit_flipped_are_not_genuine()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        var token = batch.Codes[0].Token;
        ItemCode.TryReadToken(token, out _, out var payload, out _).ShouldBeTrue();
        var forged = ItemCode.Token(payload, new byte[ItemCode.SignatureLength]);
        (await Buyer().StatusAsync(forged)).ShouldBe("not-genuine");

        foreach (var position in new[] { 3, 20, 60, 100, 151 })
        {
            var chars = token.ToCharArray();
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            chars[position] = alphabet[alphabet.IndexOf(chars[position], StringComparison.Ordinal) ^ 1];
            (await Buyer().StatusAsync(new string(chars))).ShouldBe("not-genuine", $"bit flipped at {position}");
        }
        // A short code with one character changed in its tag.
        var shortCode = batch.Codes[0].ShortCode.ToCharArray();
        shortCode[^1] = shortCode[^1] == 'A' ? 'B' : 'A';
        (await Buyer().StatusAsync(new string(shortCode))).ShouldBe("not-genuine");
        (await Buyer().StatusAsync(token)).ShouldBe("genuine");   // the original still is
    }

    [Fact]
    public async Task Another_associations_key_cannot_sign_this_associations_batch_numbers()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        await using var scope = app.ScopeFor("van-phuc");
        var keys = scope.ServiceProvider.GetRequiredService<AssociationKeys>();
        var theirs = await keys.ActiveKeyAsync(default);
        var claimed = new ItemCodePayload(batch.KeyId, batch.Number, 1, new ProductId(batch.Certificate.ProductId), RegistryClock.Today(DateTimeOffset.UtcNow));
        var underOurKeyId = ItemCode.Payload(claimed);
        (await Buyer().StatusAsync(ItemCode.Token(underOurKeyId, keys.Sign(theirs, underOurKeyId)))).ShouldBe("not-genuine");
        var underTheirKeyId = ItemCode.Payload(claimed with { KeyId = theirs.KeyId });
        (await Buyer().StatusAsync(ItemCode.Token(underTheirKeyId, keys.Sign(theirs, underTheirKeyId)))).ShouldBe("not-genuine");
    }

    [Fact]
    public async Task A_key_nobody_holds_is_not_genuine()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        using var stranger = Key.Create(SignatureAlgorithm.Ed25519);
        var payload = ItemCode.Payload(new ItemCodePayload(0x7FFF_FFF1, batch.Number, 1, new ProductId(batch.Certificate.ProductId), RegistryClock.Today(DateTimeOffset.UtcNow)));
        var token = ItemCode.Token(payload, SignatureAlgorithm.Ed25519.Sign(stranger, ItemCode.SignedMessage(payload)));
        (await Buyer().StatusAsync(token)).ShouldBe("not-genuine");
    }

    [Fact]
    public async Task A_serial_beyond_the_batch_and_an_unknown_batch_are_not_genuine_even_when_signed()
    {
        var batch = await CodesGiven.GenuineAsync(app, quantity: 2);
        await using var scope = app.ScopeFor("bat-trang");
        var keys = scope.ServiceProvider.GetRequiredService<AssociationKeys>();
        var key = await QualityMarksSite.Db(scope).Keys.SingleAsync(k => k.KeyId == batch.KeyId);
        var today = RegistryClock.Today(DateTimeOffset.UtcNow);
        foreach (var (number, serial) in new[] { (batch.Number, 3u), (batch.Number, 0u), (batch.Number + 5000, 1u) })
        {
            var payload = ItemCode.Payload(new ItemCodePayload(batch.KeyId, number, serial, new ProductId(batch.Certificate.ProductId), today));
            (await Buyer().StatusAsync(ItemCode.Token(payload, keys.Sign(key, payload)))).ShouldBe("not-genuine", $"batch {number} serial {serial}");
        }
    }

    [Fact]
    public async Task Every_cause_of_not_genuine_gets_the_same_answer()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        ItemCode.TryReadToken(batch.Codes[0].Token, out _, out var payload, out _).ShouldBeTrue();
        var causes = new[]
        {
            "not a code",
            new string('A', ItemCode.TokenLength),
            ItemCode.Token(payload, new byte[ItemCode.SignatureLength]),
            "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ",
            batch.Codes[0].ShortCode[..^1] + (batch.Codes[0].ShortCode[^1] == '0' ? '1' : '0'),
        };
        foreach (var cause in causes)
        {
            var response = await Buyer().GetAsync("/api/verify/" + Uri.EscapeDataString(cause));
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).ShouldBe("""{"status":"not-genuine"}""", cause);
        }
    }

    [Fact]
    public async Task A_code_signed_by_a_retired_key_stays_genuine_after_rotation()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        await using (var scope = app.ScopeFor("bat-trang"))
            (await scope.ServiceProvider.GetRequiredService<AssociationKeys>().RotateAsync("test", default)).KeyId.ShouldNotBe(batch.KeyId);
        (await Buyer().StatusAsync(batch.Codes[0].Token)).ShouldBe("genuine");
        (await Buyer().StatusAsync(batch.Codes[0].ShortCode)).ShouldBe("genuine");
    }

    [Fact]
    public async Task A_revoked_batch_and_a_revoked_code_or_range_answer_revoked_and_the_rest_stay_genuine()
    {
        var whole = await CodesGiven.GenuineAsync(app);
        var some = await CodesGiven.GenuineAsync(app, quantity: 6);
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var db = QualityMarksSite.Db(scope);
            (await db.Batches.SingleAsync(b => b.Id == new LabelBatchId(whole.BatchId))).RevokedAt = DateTimeOffset.UtcNow;
            db.Revocations.Add(new CodeRevocation(db.Tenant, new LabelBatchId(some.BatchId), 2, 2, "stolen", DateTimeOffset.UtcNow, "test"));
            db.Revocations.Add(new CodeRevocation(db.Tenant, new LabelBatchId(some.BatchId), 4, 5, "misprinted", DateTimeOffset.UtcNow, "test"));
            await db.SaveChangesAsync();
        }
        (await Buyer().StatusAsync(whole.Codes[2].Token)).ShouldBe("revoked");
        string[] expected = ["genuine", "revoked", "genuine", "revoked", "revoked", "genuine"];
        for (var i = 0; i < 6; i++)
            (await Buyer().StatusAsync(some.Codes[i].ShortCode)).ShouldBe(expected[i], $"serial {i + 1}");
        // The reason stays with staff.
        (await (await Buyer().GetAsync("/api/verify/" + some.Codes[1].Token)).Content.ReadAsStringAsync()).ShouldNotContain("stolen");
    }

    [Theory]
    [InlineData("Suspended", false, "certificate-suspended", "suspended")]
    [InlineData("Revoked", false, "certificate-revoked", "revoked")]
    [InlineData("Active", true, "certificate-expired", "expired")]
    public async Task A_label_whose_certificate_no_longer_holds_says_so(string status, bool expired, string answer, string certificateState)
    {
        var today = RegistryClock.Today(DateTimeOffset.UtcNow);
        var certificate = await RegistryGiven.CertificateAsync(app, "bat-trang", issuedOn: today.AddYears(-2),
            expiresOn: expired ? today.AddDays(-1) : today.AddYears(1), status: Enum.Parse<CertificateStatus>(status), reason: "secret staff reason");
        var batch = await CodesGiven.BatchAsync(app, certificate, issuedOn: today.AddYears(-1));
        var body = await Buyer().VerifyAsync(batch.Codes[0].Token);
        body.GetProperty("status").GetString().ShouldBe(answer);
        body.GetProperty("certificate").GetProperty("status").GetString().ShouldBe(certificateState);
        body.ToString().ShouldNotContain("secret staff reason");
    }

    [Fact]
    public async Task A_renewed_certificate_makes_labels_printed_under_the_expired_one_genuine_again()
    {
        var today = RegistryClock.Today(DateTimeOffset.UtcNow);
        var old = await RegistryGiven.CertificateAsync(app, "bat-trang", issuedOn: today.AddYears(-2), expiresOn: today.AddDays(-3));
        var batch = await CodesGiven.BatchAsync(app, old, issuedOn: today.AddYears(-1));
        (await Buyer().StatusAsync(batch.Codes[0].Token)).ShouldBe("certificate-expired");

        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var db = QualityMarksSite.Db(scope);
            // A renewal is its own application (one certificate per application).
            var stored = await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == new CertificateId(old.CertificateId));
            db.Certificates.Add(new Certificate(CertificateId.New(), db.Tenant, old.Number + "-R", stored.SchemeId, 1, stored.MemberId,
                [old.ProductId], MarkApplicationId.New(), null, today.AddDays(-3), today.AddYears(2)) { RenewalOf = stored.Id });
            await db.SaveChangesAsync();
        }
        var body = await Buyer().VerifyAsync(batch.Codes[0].Token);
        body.GetProperty("status").GetString().ShouldBe("genuine");
        body.GetProperty("certificate").GetProperty("number").GetString().ShouldBe(old.Number + "-R");
    }

    [Fact]
    public async Task A_code_from_more_networks_than_the_threshold_is_suspicious_and_on_the_suspect_list()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        var first = Random.Shared.Next(1, 200);
        for (var i = 0; i < 6; i++)
            (await app.ClientFor("bat-trang").From($"172.{16 + i}.{first}.9").StatusAsync(batch.Codes[1].Token)).ShouldBe(i < 5 ? "genuine" : "suspicious");
        var suspects = await (await app.ExportDesk("bat-trang")).GetFromJsonAsync<JsonElement>("/api/quality/suspect-codes");
        var listed = suspects.EnumerateArray().Single(s => s.GetProperty("batchNumber").GetUInt32() == batch.Number);
        listed.GetProperty("serial").GetInt32().ShouldBe(2);
        listed.GetProperty("distinctNetworks").GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task The_answer_carries_no_tenant_or_member_id()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        var text = (await Buyer().VerifyAsync(batch.Codes[0].Token)).ToString();
        text.ShouldNotContain(app.TenantIdOf("bat-trang").Value.ToString(), Case.Insensitive);
        text.ShouldNotContain(batch.Certificate.MemberId.ToString(), Case.Insensitive);
        text.ShouldNotContain(batch.BatchId.ToString(), Case.Insensitive);
    }
}

[Collection(QualityMarksCollection.Name)]
public sealed class ResolutionTests(QualityMarksApp app) : ResolutionSuite(app);

[Collection(PostgresQualityMarksCollection.Name)]
public sealed class PostgresResolutionTests(PostgresQualityMarksApp app) : ResolutionSuite(app);
