using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CraftMarket.Catalogue.Contracts;

namespace CraftMarket.Catalogue.Seeding;

/// <summary>
/// Demo products get the same id on every machine: the quality-mark demo prints item codes that
/// carry the product id, and the README lists their verify URLs. The id keeps the UUIDv7 shape
/// and order (a fixed instant plus the product's position, then bits from a hash of village and
/// SKU), so listings ordered by id still follow the seeding order.
/// </summary>
internal static class DemoProductIds
{
    private static readonly DateTimeOffset Base = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ProductId For(string slug, string sku, int position)
    {
        Span<byte> bytes = stackalloc byte[16];
        SHA256.HashData(Encoding.UTF8.GetBytes($"craftmarket-demo-product:{slug}:{sku}")).AsSpan(0, 16).CopyTo(bytes);
        var millis = (ulong)Base.AddMinutes(position).ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (millis << 16) | BinaryPrimitives.ReadUInt16BigEndian(bytes[6..]));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));   // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));   // RFC 4122 variant
        return new ProductId(new Guid(bytes, bigEndian: true));
    }
}
