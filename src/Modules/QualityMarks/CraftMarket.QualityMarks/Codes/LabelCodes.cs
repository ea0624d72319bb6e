using CraftMarket.Catalogue.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Keys;

namespace CraftMarket.QualityMarks.Codes;

/// <summary>One printed code: its serial, the signed token the QR code carries, and the typeable short code.</summary>
internal sealed record IssuedCode(uint Serial, string Token, string ShortCode)
{
    /// <summary>
    /// The URL in the QR code: upper case throughout (scheme and host are case-insensitive, routes
    /// too), so the whole URL stays in the QR alphanumeric mode and the code stays small.
    /// <paramref name="baseUrl"/> is the issuing village's address, e.g. "https://bat-trang.craftmarket.vn".
    /// </summary>
    public string VerifyUrl(string baseUrl) => baseUrl.TrimEnd('/').ToUpperInvariant() + "/VERIFY/" + Token;
}

/// <summary>
/// Rebuilds a batch's codes from its row: nothing per code is stored, since the same payload
/// signed with the same Ed25519 key always gives the same signature. Used by the CSV, the label
/// PDFs and the short-code check.
/// </summary>
internal sealed class LabelCodes(AssociationKeys keys)
{
    public ItemCodePayload Payload(LabelBatch batch, uint serial) =>
        new(batch.KeyId, batch.Number, serial, new ProductId(batch.ProductId), batch.IssuedOn);

    public IssuedCode Code(LabelBatch batch, SigningKey key, uint serial)
    {
        if (key.KeyId != batch.KeyId) throw new ArgumentException($"Batch {batch.Number} was signed with key {batch.KeyId}, not {key.KeyId}.", nameof(key));
        if (serial < 1 || serial > batch.Quantity) throw new ArgumentOutOfRangeException(nameof(serial));
        var code = Payload(batch, serial);
        var payload = ItemCode.Payload(code);
        var signature = keys.Sign(key, payload);
        return new IssuedCode(serial, ItemCode.Token(payload, signature), ItemCode.ShortCode(code, signature));
    }

    /// <summary>Serials 1..N in order, signed lazily (a 100,000-code CSV streams without holding them).</summary>
    public IEnumerable<IssuedCode> All(LabelBatch batch, SigningKey key)
    {
        for (uint serial = 1; serial <= batch.Quantity; serial++) yield return Code(batch, key, serial);
    }
}
