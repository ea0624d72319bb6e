using CraftMarket.Catalogue.Contracts;
using CraftMarket.QualityMarks.Codes;
using CsCheck;
using NSec.Cryptography;

namespace CraftMarket.QualityMarks.Tests.Codes;

/// <summary>The item-code format on its own: every code reads back as written, and no altered one verifies.</summary>
public sealed class ItemCodeTests
{
    private static readonly Gen<ItemCodePayload> Payloads =
        from keyId in Gen.UInt
        from batch in Gen.UInt[0, ItemCode.MaxShortNumber]
        from serial in Gen.UInt[1, 100_000]
        from product in Gen.Guid
        from days in Gen.Int[0, 20_000]
        select new ItemCodePayload(keyId, batch, serial, new ProductId(product), new DateOnly(2020, 1, 1).AddDays(days));

    private static readonly Key Signer = Key.Create(SignatureAlgorithm.Ed25519);
    private static readonly byte[] PublicKey = Signer.PublicKey.Export(KeyBlobFormat.RawPublicKey);

    private static (string Token, byte[] Signature) Sign(ItemCodePayload code)
    {
        var payload = ItemCode.Payload(code);
        var signature = SignatureAlgorithm.Ed25519.Sign(Signer, ItemCode.SignedMessage(payload));
        return (ItemCode.Token(payload, signature), signature);
    }

    [Fact]
    public void A_token_reads_back_as_written_and_verifies() => Payloads.Sample(code =>
    {
        var (token, _) = Sign(code);
        token.Length.ShouldBe(ItemCode.TokenLength);
        token.ShouldMatch("^[A-Z2-7]+$");   // all in the QR code's alphanumeric set
        ItemCode.TryReadToken(token.ToLowerInvariant(), out var read, out var payload, out var signature).ShouldBeTrue();
        read.ShouldBe(code);
        Keys.AssociationKeys.Verify(PublicKey, payload, signature).ShouldBeTrue();
    }, iter: 300);

    [Fact]
    public void Flipping_any_one_bit_of_a_token_makes_it_unreadable_or_unverifiable() => Payloads.Sample(code =>
    {
        var (token, _) = Sign(code);
        for (var position = 0; position < token.Length; position++)
        for (var bit = 0; bit < 5; bit++)
        {
            var chars = token.ToCharArray();
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            chars[position] = alphabet[alphabet.IndexOf(chars[position], StringComparison.Ordinal) ^ (1 << bit)];
            var forged = new string(chars);
            if (ItemCode.TryReadToken(forged, out _, out var payload, out var signature))
                Keys.AssociationKeys.Verify(PublicKey, payload, signature).ShouldBeFalse($"bit {bit} of character {position}");
        }
    }, iter: 3);

    [Fact]
    public void Another_key_does_not_verify_a_token()
    {
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        var (token, _) = Sign(new ItemCodePayload(7, 1, 1, new ProductId(Guid.NewGuid()), new DateOnly(2026, 12, 7)));
        ItemCode.TryReadToken(token, out _, out var payload, out var signature).ShouldBeTrue();
        Keys.AssociationKeys.Verify(other.PublicKey.Export(KeyBlobFormat.RawPublicKey), payload, signature).ShouldBeFalse();
    }

    [Fact]
    public void A_short_code_reads_back_forgiving_what_people_mistype() => Payloads.Sample(code =>
    {
        var (_, signature) = Sign(code);
        var shortCode = ItemCode.ShortCode(code, signature);
        shortCode.Length.ShouldBe(29);   // six groups of four and five hyphens
        var typed = shortCode.ToLowerInvariant().Replace('0', 'o').Replace('1', 'l').Replace("-", " ", StringComparison.Ordinal);
        ItemCode.TryReadShortCode(typed, out var keyId, out var batch, out var serial, out var tag).ShouldBeTrue();
        (keyId, batch, serial).ShouldBe((code.KeyId, code.Batch, code.Serial));
        ItemCode.TagMatches(signature, tag).ShouldBeTrue();
    }, iter: 300);

    [Theory]
    [InlineData("")]
    [InlineData("not a code")]
    [InlineData("AAAA")]
    public void Malformed_text_is_not_a_code(string text)
    {
        ItemCode.TryReadToken(text, out _, out _, out _).ShouldBeFalse();
        ItemCode.TryReadShortCode(text, out _, out _, out _, out _).ShouldBeFalse();
    }
}
