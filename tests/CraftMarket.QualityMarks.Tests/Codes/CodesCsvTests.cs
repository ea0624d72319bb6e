using System.Net;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Features.Codes;
using CraftMarket.QualityMarks.Tests.Support;

namespace CraftMarket.QualityMarks.Tests.Codes;

/// <summary>The codes CSV: one row per code, each token and short code checkable with the published key alone.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class CodesCsvTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task Every_row_carries_a_token_that_verifies_offline_with_the_key_marks_json_publishes()
    {
        var batch = await CodesGiven.BatchAsync(app, Village, 300);
        var id = batch.GetProperty("id").GetString()!;
        var number = batch.GetProperty("number").GetInt64();
        var keyId = batch.GetProperty("keyId").GetInt64();
        var admin = await app.Admin(Village);

        var response = await admin.GetAsync($"/api/quality/label-batches/{id}/codes.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"batch-{number}-codes.csv");
        var rows = await CodesGiven.CsvRowsAsync(admin, id);

        rows[0].ShouldBe(["serial", "short_code", "verify_url"]);
        rows.Count.ShouldBe(301);
        var (key, status) = CodesGiven.PublishedKey(await CodesGiven.MarksAsync(app.Anonymous(Village)), Village, keyId);
        status.ShouldBe("active");
        var shortCodes = new HashSet<string>(StringComparer.Ordinal);
        for (var serial = 1; serial <= 300; serial++)
        {
            var row = rows[serial];
            row[0].ShouldBe(serial.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row[2].ShouldStartWith("HTTP://BAT-TRANG.LOCALHOST/VERIFY/");
            var token = row[2]["HTTP://BAT-TRANG.LOCALHOST/VERIFY/".Length..];
            token.ShouldMatch("^[A-Z2-7]{152}$");
            var read = CodesGiven.ReadToken(token);
            (read.KeyId, read.Batch, read.Serial).ShouldBe((keyId, number, serial));
            read.Product.ShouldBe(batch.GetProperty("productId").GetGuid());
            CodesGiven.VerifiesOffline(key, read.Payload, read.Signature).ShouldBeTrue();

            row[1].ShouldMatch("^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$");
            ItemCode.TryReadShortCode(row[1], out var shortKey, out var shortBatch, out var shortSerial, out var tag).ShouldBeTrue();
            ((long)shortKey, (long)shortBatch, (long)shortSerial).ShouldBe((keyId, number, serial));
            tag.ShouldBe(read.Signature[..5]);
            shortCodes.Add(row[1]).ShouldBeTrue();
        }

        // One flipped bit anywhere in the payload and the published key refuses it.
        var first = CodesGiven.ReadToken(rows[1][2]["HTTP://BAT-TRANG.LOCALHOST/VERIFY/".Length..]);
        var forged = first.Payload.ToArray();
        forged[12] ^= 1;   // serial 1 -> 0
        CodesGiven.VerifiesOffline(key, forged, first.Signature).ShouldBeFalse();
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("HTTP://BAT-TRANG.LOCALHOST/VERIFY/ABC", "HTTP://BAT-TRANG.LOCALHOST/VERIFY/ABC")]
    [InlineData("1234-ABCD", "1234-ABCD")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string cell, string written) =>
        CodesCsv.Cell(cell).ShouldBe(written);
}
