using System.Buffers.Binary;
using System.Security.Cryptography;
using CraftMarket.Catalogue.Contracts;

namespace CraftMarket.QualityMarks.Codes;

/// <summary>What one item code says: whose key signed it, which batch and serial, which product, issued when.</summary>
internal sealed record ItemCodePayload(uint KeyId, uint Batch, uint Serial, ProductId Product, DateOnly IssuedOn);

/// <summary>
/// The item-code format (ADR 0036), version 1. The <b>token</b> is what the QR code carries:
/// base32 of a 31-byte payload and its 64-byte Ed25519 signature (152 characters):
/// <code>
/// offset size  field
///      0    1  format version (1)
///      1    4  key id (big-endian), unique across the platform
///      5    4  batch number in the association
///      9    4  serial in the batch (1..N)
///     13   16  product id (RFC 4122 byte order)
///     29    2  issue date, days since 2020-01-01
/// </code>
/// The signature covers <see cref="Context"/> followed by the payload, so a signature made for
/// another purpose (the revocation list) can never pass for a code. Anyone with the association's
/// public key can check a token offline. The <b>short code</b> printed under the QR code is
/// typeable: Crockford base32 of key id (4 bytes), batch (3), serial (3) and the first 5 bytes of the
/// token's signature: 24 characters in six groups. Only the platform can check it (it signs the
/// rebuilt payload again and compares), and 40 bits of signature make guessing one hopeless.
/// </summary>
internal static class ItemCode
{
    public const byte FormatVersion = 1;
    public const int PayloadLength = 31;
    public const int SignatureLength = 64;
    public const int TokenLength = 152;          // base32 of 95 bytes
    public const int ShortTagLength = 5;
    public const int ShortBytes = 4 + 3 + 3 + ShortTagLength;
    public static readonly int ShortLength = Base32.Length(ShortBytes);   // 24
    public const uint MaxShortNumber = 0xFF_FFFF;  // batch and serial fit 3 bytes in a short code

    /// <summary>Domain separation for item-code signatures.</summary>
    public static ReadOnlySpan<byte> Context => "craftmarket/item-code/v1\n"u8;

    private static readonly DateOnly Epoch = new(2020, 1, 1);

    public static byte[] Payload(ItemCodePayload code)
    {
        var days = code.IssuedOn.DayNumber - Epoch.DayNumber;
        if (days is < 0 or > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(code), "Issue date outside 2020-2199.");
        var bytes = new byte[PayloadLength];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(1), code.KeyId);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(5), code.Batch);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(9), code.Serial);
        code.Product.Value.TryWriteBytes(bytes.AsSpan(13, 16), bigEndian: true, out _);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(29), (ushort)days);
        return bytes;
    }

    /// <summary>The bytes the key signs: context, then payload.</summary>
    public static byte[] SignedMessage(ReadOnlySpan<byte> payload)
    {
        var message = new byte[Context.Length + payload.Length];
        Context.CopyTo(message);
        payload.CopyTo(message.AsSpan(Context.Length));
        return message;
    }

    public static string Token(ReadOnlySpan<byte> payload, ReadOnlySpan<byte> signature)
    {
        Span<byte> all = stackalloc byte[PayloadLength + SignatureLength];
        payload.CopyTo(all);
        signature.CopyTo(all[PayloadLength..]);
        return Base32.Encode(all);
    }

    /// <summary>Splits a token into payload and signature; false for anything malformed (length, alphabet, version, padding bits).</summary>
    public static bool TryReadToken(string? text, out ItemCodePayload code, out byte[] payload, out byte[] signature)
    {
        code = default!;
        payload = signature = [];
        if (text is null || text.Length != TokenLength) return false;
        var all = new byte[PayloadLength + SignatureLength];
        if (!Base32.TryDecode(text, all) || all[0] != FormatVersion) return false;
        payload = all[..PayloadLength];
        signature = all[PayloadLength..];
        code = new ItemCodePayload(
            BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(1)),
            BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(5)),
            BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(9)),
            new ProductId(new Guid(payload.AsSpan(13, 16), bigEndian: true)),
            Epoch.AddDays(BinaryPrimitives.ReadUInt16BigEndian(payload.AsSpan(29))));
        return true;
    }

    /// <summary>"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" for a code whose batch and serial fit 3 bytes.</summary>
    public static string ShortCode(ItemCodePayload code, ReadOnlySpan<byte> signature)
    {
        if (code.Batch > MaxShortNumber || code.Serial > MaxShortNumber) throw new ArgumentOutOfRangeException(nameof(code), "Batch or serial too large for a short code.");
        Span<byte> bytes = stackalloc byte[ShortBytes];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, code.KeyId);
        WriteUInt24(bytes[4..], code.Batch);
        WriteUInt24(bytes[7..], code.Serial);
        signature[..ShortTagLength].CopyTo(bytes[10..]);
        var text = Crockford.Encode(bytes);
        return string.Join('-', Enumerable.Range(0, text.Length / 4).Select(i => text.Substring(i * 4, 4)));
    }

    /// <summary>Reads a typed short code (look-alikes, case and hyphens forgiven); the tag still has to be checked by signing again.</summary>
    public static bool TryReadShortCode(string? text, out uint keyId, out uint batch, out uint serial, out byte[] tag)
    {
        keyId = batch = serial = 0;
        tag = [];
        if (text is null || text.Length > 40) return false;
        Span<byte> bytes = stackalloc byte[ShortBytes];
        if (!Crockford.TryDecode(text, bytes)) return false;
        keyId = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        batch = ReadUInt24(bytes[4..]);
        serial = ReadUInt24(bytes[7..]);
        tag = bytes[10..].ToArray();
        return true;
    }

    /// <summary>Constant-time: a verifier's timing must not tell how many tag bytes were right.</summary>
    public static bool TagMatches(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> tag) =>
        tag.Length == ShortTagLength && CryptographicOperations.FixedTimeEquals(signature[..ShortTagLength], tag);

    private static void WriteUInt24(Span<byte> to, uint value)
    {
        to[0] = (byte)(value >> 16);
        to[1] = (byte)(value >> 8);
        to[2] = (byte)value;
    }

    private static uint ReadUInt24(ReadOnlySpan<byte> from) => (uint)(from[0] << 16 | from[1] << 8 | from[2]);
}
