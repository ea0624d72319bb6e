namespace CraftMarket.QualityMarks.Seeding;

/// <summary>A verify URL the README lists: what a buyer sees, and which printed code (batch number and serial) shows it.</summary>
internal sealed record DemoCode(string Status, uint Batch, uint Serial, bool Altered = false);

/// <summary>
/// Bat Trang's demo label batches, by number, and the codes that show each verification outcome.
/// Batches are issued on a fixed day so the codes (which carry it) never change; the certificates'
/// dates follow the seeding day, so "expiring" and "expired" stay true whenever the demo is seeded.
/// </summary>
internal static class DemoCodes
{
    public static readonly DateOnly IssuedOn = new(2026, 11, 20);

    public const uint Genuine = 1;                 // valid certificate, printed and on sale
    public const uint StolenRolls = 2;             // same product, whole batch revoked
    public const uint CertificateExpiring = 3;     // valid, certificate ends within 30 days
    public const uint CertificateExpired = 4;
    public const uint CertificateSuspended = 5;
    public const uint CertificateRevoked = 6;

    /// <summary>Serial of batch 1 revoked on its own (a label peeled off a broken vase and reused).</summary>
    public const uint RevokedSerial = 7;

    /// <summary>Serial of batch 1 scanned from many networks: a cloned label.</summary>
    public const uint ClonedSerial = 3;

    /// <summary>Distinct networks the cloned code was scanned from (the default threshold is more than 5 in 30 days).</summary>
    public const int ClonedNetworks = 12;

    public static readonly IReadOnlyList<DemoCode> Readme =
    [
        new("genuine", Genuine, 1),
        new("not genuine (one character changed)", Genuine, 1, Altered: true),
        new("revoked (whole batch)", StolenRolls, 1),
        new("revoked (one code)", Genuine, RevokedSerial),
        new("genuine, certificate expiring within 30 days", CertificateExpiring, 1),
        new("certificate expired", CertificateExpired, 1),
        new("certificate suspended", CertificateSuspended, 1),
        new("certificate revoked", CertificateRevoked, 1),
        new("suspicious (scanned from 12 networks)", Genuine, ClonedSerial),
    ];

    /// <summary>One character changed: in the short code's signature tag (last group), in the token's signature (last characters).</summary>
    public static string Alter(string code)
    {
        var last = code.Length - 1;
        var replacement = code[last] == 'A' ? 'B' : 'A';
        return code[..last] + replacement;
    }
}
