using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Tests.Verification;

/// <summary>
/// The scan log and what it is for: a code seen from more networks than the threshold (5) within the
/// window answers "suspicious" with its first-seen date and is listed for the association's staff,
/// and only for them; nothing in the log is a client's address.
/// </summary>
[Collection(QualityMarksCollection.Name)]
public sealed class CloneTests(QualityMarksApp app)
{
    private static int nextNetwork = Random.Shared.Next(1, 200);

    /// <summary>A client on a network no other test uses: 10.{n}.{n}.x.</summary>
    private HttpClient FromNewNetwork(string slug, out string address)
    {
        var n = Interlocked.Increment(ref nextNetwork);
        address = $"10.{n % 250}.{n / 250 + 1}.{Random.Shared.Next(2, 250)}";
        return app.ClientFor(slug).From(address);
    }

    [Fact]
    public async Task A_code_seen_from_many_networks_is_suspicious_with_its_first_seen_date_and_listed_for_its_association_only()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        var code = batch.Codes[0].Token;
        var other = batch.Codes[1].Token;

        for (var i = 0; i < 5; i++)
            (await FromNewNetwork("bat-trang", out _).StatusAsync(code)).ShouldBe("genuine", $"network {i + 1}");
        // The same network again and again is one network; another code of the batch is its own count.
        var repeat = FromNewNetwork("bat-trang", out var repeated);
        for (var i = 0; i < 3; i++) (await app.Anonymous("bat-trang").From(repeated).StatusAsync(other)).ShouldBe("genuine");
        // Another address in the same /24 is the same network.
        var sameNetwork = repeated[..repeated.LastIndexOf('.')] + ".1";
        (await app.Anonymous("bat-trang").From(sameNetwork).StatusAsync(other)).ShouldBe("genuine");
        (await repeat.StatusAsync(code)).ShouldBe("suspicious");   // the sixth network

        var answer = await FromNewNetwork("van-phuc", out _).VerifyAsync(code);
        answer.GetProperty("status").GetString().ShouldBe("suspicious");
        DateOnly.Parse(answer.GetProperty("firstSeen").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeInRange(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1));
        (await FromNewNetwork("bat-trang", out _).VerifyAsync(other)).TryGetProperty("firstSeen", out _).ShouldBeFalse();

        var suspects = await (await app.ExportDesk("bat-trang")).GetFromJsonAsync<JsonElement>("/api/quality/suspect-codes");
        var listed = suspects.EnumerateArray().Single(s => s.GetProperty("batchNumber").GetUInt32() == batch.Number && s.GetProperty("serial").GetInt32() == 1);
        listed.GetProperty("distinctNetworks").GetInt32().ShouldBe(7);
        listed.GetProperty("product").GetString().ShouldNotBeNullOrEmpty();
        suspects.EnumerateArray().ShouldNotContain(s => s.GetProperty("batchNumber").GetUInt32() == batch.Number && s.GetProperty("serial").GetInt32() == 2);

        // Another association's staff never see it; the page lists it in Vietnamese for this one's.
        var theirs = await (await app.ExportDesk("van-phuc")).GetFromJsonAsync<JsonElement>("/api/quality/suspect-codes");
        theirs.EnumerateArray().ShouldNotContain(s => s.GetProperty("product").GetString() == listed.GetProperty("product").GetString()
            && s.GetProperty("batchNumber").GetUInt32() == batch.Number);
        var page = await (await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"))).GetStringAsync("/admin/quality/suspects");
        page.ShouldContain("Mã nghi bị sao chép");
        page.ShouldContain($"<td>{batch.Number}</td>");
        (await app.Anonymous("bat-trang").GetAsync("/api/quality/suspect-codes")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_scan_log_keeps_a_network_hash_a_country_and_a_browser_family_and_never_the_address()
    {
        var batch = await CodesGiven.GenuineAsync(app);
        var client = FromNewNetwork("bat-trang", out var address);
        client.DefaultRequestHeaders.Add("Accept-Language", "fr-CA, en;q=0.5");
        client.DefaultRequestHeaders.Add("User-Agent", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0 Mobile Safari/537.36");
        (await client.StatusAsync(batch.Codes[0].Token)).ShouldBe("genuine");
        var ipv6 = app.Anonymous("bat-trang").From("2001:db8:4a2:17::beef");
        (await ipv6.StatusAsync(batch.Codes[0].ShortCode)).ShouldBe("genuine");

        await using var scope = app.ScopeFor("bat-trang");
        var scans = await QualityMarksSite.Db(scope).Scans.AsNoTracking().Where(s => s.BatchId == new LabelBatchId(batch.BatchId)).OrderBy(s => s.At).ToListAsync();
        scans.Count.ShouldBe(2);
        scans[0].Serial.ShouldBe(1);
        scans[0].Country.ShouldBe("CA");
        scans[0].AgentFamily.ShouldBe("Samsung");
        scans[0].NetworkHash.Length.ShouldBe(32);
        scans[1].NetworkHash.ShouldNotBe(scans[0].NetworkHash);
        scans[1].Country.ShouldBeNull();
        foreach (var value in scans.SelectMany(s => new[] { s.NetworkHash, s.Country ?? "", s.AgentFamily }))
        {
            value.ShouldNotContain(address[..address.LastIndexOf('.')]);
            value.ShouldNotContain("2001:db8", Case.Insensitive);
        }

        // Nowhere in the database either (SQLite file and its write-ahead log).
        foreach (var file in Directory.EnumerateFiles(app.DataDirectory, "*.db*", SearchOption.AllDirectories))
        {
            var bytes = await ReadSharedAsync(file);
            Contains(bytes, Encoding.ASCII.GetBytes(address)).ShouldBeFalse($"{address} in {file}");
            Contains(bytes, Encoding.ASCII.GetBytes("2001:db8:4a2:17")).ShouldBeFalse($"the IPv6 address in {file}");
        }
    }

    [Fact]
    public async Task Verifying_too_often_from_one_network_is_answered_429_with_retry_after_on_api_and_page()
    {
        var client = FromNewNetwork("bat-trang", out var address);
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 700 && refused is null; i++)
        {
            var response = await client.GetAsync("/api/verify/NOT-A-CODE-" + i);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
            else response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        refused.ShouldNotBeNull("no 429 within 700 verifications");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await app.Anonymous("bat-trang").From(address).GetAsync("/verify/NOT-A-CODE")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        // The form without a code is not counted, and another network has its own budget.
        (await app.Anonymous("bat-trang").From(address).GetAsync("/verify")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FromNewNetwork("bat-trang", out _).GetAsync("/api/verify/NOT-A-CODE")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
