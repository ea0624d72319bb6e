using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Domain;

/// <summary>
/// An association's Ed25519 key for item codes. <see cref="KeyId"/> is unique across the platform
/// (it is in every code and tells a verifier whose key to use). The private key is kept encrypted
/// with ASP.NET Data Protection; the public key is published. One key signs at a time; a rotated
/// key is retired (signs no more) and keeps verifying the labels already printed.
/// </summary>
internal sealed class SigningKey : ITenantOwned
{
    private SigningKey() { }

    public SigningKey(TenantId tenantId, uint keyId, byte[] publicKey, string protectedPrivateKey, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        KeyId = keyId;
        PublicKey = publicKey;
        ProtectedPrivateKey = protectedPrivateKey;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }

    /// <summary>Stored as a signed 64-bit integer (PostgreSQL has no unsigned type); always within uint range.</summary>
    public uint KeyId { get; private set; }
    public byte[] PublicKey { get; private set; } = [];
    public string ProtectedPrivateKey { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Retired by a rotation: signs no new codes, still verifies old ones.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public bool Signs => RetiredAt is null;
}
