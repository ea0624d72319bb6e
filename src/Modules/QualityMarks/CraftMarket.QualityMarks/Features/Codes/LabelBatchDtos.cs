using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Domain;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>POST /api/quality/label-batches: N codes (1..100,000) for a certified product, as small stickers or hang tags.</summary>
internal sealed record IssueLabelBatchRequest(Guid? ProductId, int? Quantity, string? Size);

/// <summary>A batch as staff see it, with the links to its codes (CSV) and its print-ready labels (PDF).</summary>
internal sealed record LabelBatchDto(
    Guid Id, long Number, Guid ProductId, Guid CertificateId, string CertificateNumber, int Quantity, string Size, DateOnly IssuedOn,
    long KeyId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? RevokedReason, LabelBatchLinks Links)
{
    public static LabelBatchDto From(LabelBatch batch, string certificateNumber) => new(
        batch.Id.Value, batch.Number, batch.ProductId, batch.CertificateId.Value, certificateNumber, batch.Quantity, LabelSizes.Name(batch.Size),
        batch.IssuedOn, batch.KeyId, batch.CreatedAt, batch.RevokedAt, batch.RevokedReason, LabelBatchLinks.Of(batch));
}

internal sealed record LabelBatchLinks(string Self, string Codes, string Labels, string Revocations)
{
    public static LabelBatchLinks Of(LabelBatch batch)
    {
        var self = $"/api/quality/label-batches/{batch.Id.Value}";
        return new(self, self + "/codes.csv", self + "/labels.pdf", self + "/revocations");
    }
}

/// <summary>The API's names for <see cref="LabelSize"/>: "small" (an A4 sheet of stickers) and "hang-tag".</summary>
internal static class LabelSizes
{
    public static string Name(LabelSize size) => size == LabelSize.HangTag ? "hang-tag" : "small";

    public static LabelSize? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "small" => LabelSize.Small,
        "hang-tag" => LabelSize.HangTag,
        _ => null,
    };
}

/// <summary>POST .../revoke: the whole batch (e.g. a roll of labels stolen).</summary>
internal sealed record RevokeBatchRequest(string? Reason);

/// <summary>POST .../revocations: serials from..to of the batch (one code: from = to).</summary>
internal sealed record RevokeCodesRequest(int? FromSerial, int? ToSerial, string? Reason);

internal sealed record CodeRevocationDto(Guid Id, int FromSerial, int ToSerial, string Reason, DateTimeOffset RevokedAt, string RevokedBy)
{
    public static CodeRevocationDto From(CodeRevocation r) => new(r.Id, r.FirstSerial, r.LastSerial, r.Reason, r.RevokedAt, r.RevokedBy);
}

/// <summary>GET .../revocations: the whole-batch revocation, if any, and every revoked range.</summary>
internal sealed record BatchRevocationsDto(Guid BatchId, long Number, DateTimeOffset? BatchRevokedAt, string? BatchRevokedReason, IReadOnlyList<CodeRevocationDto> Ranges);

/// <summary>An association key as staff see it: never the private key.</summary>
internal sealed record SigningKeyDto(long KeyId, string Algorithm, string PublicKey, string Status, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt)
{
    public static SigningKeyDto From(SigningKey key) => new(
        key.KeyId, "Ed25519", Base64Url.Encode(key.PublicKey), key.Signs ? "active" : "retired", key.CreatedAt, key.RetiredAt);
}

/// <summary>Who a registry audit row names: the account id, or the actor's description for background work.</summary>
internal static class AuditActor
{
    public static string Of(CurrentActor actor) => actor.UserId?.ToString() ?? actor.ToString();
}

/// <summary>RFC 4648 §5 base64url without padding, as JOSE and WebCrypto expect public keys and signatures.</summary>
internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
