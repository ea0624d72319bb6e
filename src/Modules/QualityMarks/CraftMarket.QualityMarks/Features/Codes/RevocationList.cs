using System.Globalization;
using System.Text;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>One batch in the revocation list: all its codes, or the serial ranges revoked (sorted, merged, inclusive).</summary>
internal sealed record RevokedBatch(uint KeyId, uint Batch, bool All, IReadOnlyList<SerialRange> Serials);

internal readonly record struct SerialRange(int From, int To);

/// <summary>
/// The signed revocation list of one association (ADR 0040; docs/quality-marks-offline-verification.md).
/// The signature covers a canonical text (<see cref="Canonical"/>) rebuilt from the JSON's fields,
/// beginning with its own context line <see cref="Context"/>: item-code signatures begin with
/// "craftmarket/item-code/v1\n", so neither kind of signature can ever pass for the other.
/// </summary>
internal sealed record RevocationList(string Association, DateTimeOffset IssuedAt, DateTimeOffset NextUpdate, uint SignedBy, IReadOnlyList<RevokedBatch> Batches)
{
    public const string Format = "craftmarket-revocations/1";
    public const string Context = "craftmarket/revocations/v1\n";

    /// <summary>Offline verifiers should fetch again by then; a list past it is stale (ADR 0040).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>UTC to the second, e.g. "2026-12-07T01:02:03Z": the one spelling the signature covers.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The signed bytes, UTF-8 (all ASCII), every line ending in "\n":
    /// <code>
    /// craftmarket/revocations/v1
    /// association bat-trang
    /// issued-at 2026-12-07T01:02:03Z
    /// next-update 2026-12-08T01:02:03Z
    /// signed-by 2882343477
    /// batch 2882343477 4 all
    /// batch 2882343477 7 10-20 33-33
    /// </code>
    /// Batches in ascending (key id, batch) order; ranges ascending, merged, "from-to" inclusive.
    /// </summary>
    public byte[] Canonical()
    {
        var text = new StringBuilder(Context);
        text.Append("association ").Append(Association).Append('\n');
        text.Append("issued-at ").Append(Time(IssuedAt)).Append('\n');
        text.Append("next-update ").Append(Time(NextUpdate)).Append('\n');
        text.Append("signed-by ").Append(SignedBy.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var batch in Batches)
        {
            text.Append("batch ").Append(batch.KeyId.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(batch.Batch.ToString(CultureInfo.InvariantCulture));
            if (batch.All) text.Append(" all");
            else
                foreach (var range in batch.Serials)
                    text.Append(' ').Append(range.From.ToString(CultureInfo.InvariantCulture)).Append('-').Append(range.To.ToString(CultureInfo.InvariantCulture));
            text.Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Sorts ranges and merges the ones that overlap or touch, so one set of revoked serials has one spelling.</summary>
    public static IReadOnlyList<SerialRange> Merge(IEnumerable<SerialRange> ranges)
    {
        var merged = new List<SerialRange>();
        foreach (var range in ranges.OrderBy(r => r.From).ThenBy(r => r.To))
        {
            if (merged.Count > 0 && range.From <= merged[^1].To + 1)
                merged[^1] = merged[^1] with { To = Math.Max(merged[^1].To, range.To) };
            else merged.Add(range);
        }
        return merged;
    }
}

/// <summary>The list as published: the canonical fields as JSON, and the signature (base64url) over <see cref="RevocationList.Canonical"/>.</summary>
internal sealed record RevocationListDocument(string Format, string Association, string IssuedAt, string NextUpdate, long SignedBy,
    IReadOnlyList<RevokedBatchDocument> Batches, string Signature)
{
    public static RevocationListDocument From(RevocationList list, byte[] signature) => new(
        RevocationList.Format, list.Association, RevocationList.Time(list.IssuedAt), RevocationList.Time(list.NextUpdate), list.SignedBy,
        [.. list.Batches.Select(b => new RevokedBatchDocument(b.KeyId, b.Batch, b.All, [.. b.Serials.Select(r => new[] { r.From, r.To })]))],
        Base64Url.Encode(signature));
}

internal sealed record RevokedBatchDocument(long KeyId, long Batch, bool All, IReadOnlyList<int[]> Serials);
