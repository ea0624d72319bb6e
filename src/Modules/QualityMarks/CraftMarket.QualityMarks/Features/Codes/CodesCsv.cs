using System.Globalization;
using System.Text;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>
/// A batch's codes for label printers: serial, short code and the full verify URL, one row each.
/// Rows are signed and written one at a time, so 100,000 codes never sit in memory.
/// </summary>
internal sealed class CodesCsv(QualityMarksDb db, LabelCodes codes)
{
    public static readonly string Header = "serial,short_code,verify_url";

    /// <summary>The batch and the key that signed it, or null when the batch is not this association's.</summary>
    public async Task<(LabelBatch Batch, SigningKey Key)?> FindAsync(LabelBatchId id, CancellationToken ct)
    {
        if (await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } batch) return null;
        var key = await db.Keys.AsNoTracking().FirstAsync(k => k.KeyId == batch.KeyId, ct);
        return (batch, key);
    }

    public static string FileName(LabelBatch batch) => string.Create(CultureInfo.InvariantCulture, $"batch-{batch.Number}-codes.csv");

    public async Task WriteAsync(Stream output, LabelBatch batch, SigningKey key, string villageSite, CancellationToken ct)
    {
        // ASCII only (digits, Crockford letters, an upper-case URL): no byte-order mark to trip a label printer's import.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(Header);
        foreach (var code in codes.All(batch, key))
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(Row(code.Serial.ToString(CultureInfo.InvariantCulture), code.ShortCode, code.VerifyUrl(villageSite)));
        }
        await writer.FlushAsync(ct);
    }

    public static string Row(params string[] cells) => string.Join(',', cells.Select(Cell));

    /// <summary>
    /// A spreadsheet must never run a cell as a formula (CSV injection): a leading =, +, -, @, tab,
    /// carriage return or quote gets a quote in front, as the catalogue export does; a comma, quote or
    /// line break quotes the cell (RFC 4180). Our cells never start so today; the guard keeps a future
    /// column (a product name) safe too.
    /// </summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
