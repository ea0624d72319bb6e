namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>Bound from <c>CraftMarket:QualityMarks</c> (ADR 0042).</summary>
internal sealed class VerificationOptions
{
    public const string Section = "CraftMarket:QualityMarks";

    /// <summary>
    /// Base64 of at least 32 random bytes: the HMAC key of the scan log's network hashes. Unset, a
    /// random key is made on first use and kept in the database, encrypted with Data Protection
    /// (<see cref="ScanHashKey"/>): every node and every restart hash a network the same way.
    /// </summary>
    public string? ScanHashKey { get; set; }

    /// <summary>Verifications one network (an IPv4 address, an IPv6 /64) may ask for per minute, page and API together.</summary>
    public int VerifyPerMinute { get; set; } = 30;

    public CloneOptions Clones { get; set; } = new();
}

/// <summary>A code seen from more than <see cref="DistinctNetworks"/> networks within <see cref="Window"/> is answered "suspicious".</summary>
internal sealed class CloneOptions
{
    public int DistinctNetworks { get; set; } = 5;
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(30);
}
