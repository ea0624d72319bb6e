using CraftMarket.SharedKernel.Auditing;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Domain;

/// <summary>The two printed forms: an A4 sheet of small stickers, or larger hang tags.</summary>
internal enum LabelSize { Small, HangTag }

/// <summary>
/// N item codes (1 to 100,000) for one certified product, serials 1..N, signed with the
/// association's key <see cref="KeyId"/>. The codes themselves are not stored: each is rebuilt and
/// signed again on demand (Ed25519 signatures are deterministic), so a batch is one row whatever N.
/// </summary>
[Audited("quality-marks", Subject = "#{Number}")]
internal sealed class LabelBatch : ITenantOwned
{
    public const int MaxQuantity = 100_000;
    public const int ReasonMax = 1000;

    private LabelBatch() { }

    public LabelBatch(LabelBatchId id, TenantId tenantId, uint number, Guid productId, CertificateId certificateId, uint keyId,
        int quantity, LabelSize size, DateOnly issuedOn, DateTimeOffset createdAt, string createdBy)
    {
        Id = id;
        TenantId = tenantId;
        Number = number;
        ProductId = productId;
        CertificateId = certificateId;
        KeyId = keyId;
        Quantity = quantity;
        Size = size;
        IssuedOn = issuedOn;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public LabelBatchId Id { get; private set; }
    public TenantId TenantId { get; private set; }

    /// <summary>The batch's number in its association (1, 2, ...): in every code, with the key id.</summary>
    public uint Number { get; private set; }
    public Guid ProductId { get; private set; }

    /// <summary>The certificate covering the product when the batch was issued.</summary>
    public CertificateId CertificateId { get; private set; }
    public uint KeyId { get; private set; }
    public int Quantity { get; private set; }
    public LabelSize Size { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    /// <summary>The whole batch revoked (e.g. stolen labels); single codes and ranges are <see cref="CodeRevocation"/>s.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }
}

/// <summary>Serials <see cref="FirstSerial"/>..<see cref="LastSerial"/> of a batch revoked (one code: first = last).</summary>
internal sealed class CodeRevocation : ITenantOwned
{
    private CodeRevocation() { }

    public CodeRevocation(TenantId tenantId, LabelBatchId batchId, int firstSerial, int lastSerial, string reason, DateTimeOffset revokedAt, string revokedBy)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        BatchId = batchId;
        FirstSerial = firstSerial;
        LastSerial = lastSerial;
        Reason = reason;
        RevokedAt = revokedAt;
        RevokedBy = revokedBy;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public LabelBatchId BatchId { get; private set; }
    public int FirstSerial { get; private set; }
    public int LastSerial { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset RevokedAt { get; private set; }
    public string RevokedBy { get; private set; } = "";
}

/// <summary>
/// One verification of a code, kept privately to find clones: when, a keyed hash of the network
/// (never the address), a coarse country from Accept-Language and the user agent's family.
/// </summary>
internal sealed class VerificationScan : ITenantOwned
{
    private VerificationScan() { }

    public VerificationScan(TenantId tenantId, LabelBatchId batchId, int serial, DateTimeOffset at, string networkHash, string? country, string agentFamily)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        BatchId = batchId;
        Serial = serial;
        At = at;
        NetworkHash = networkHash;
        Country = country;
        AgentFamily = agentFamily;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public LabelBatchId BatchId { get; private set; }
    public int Serial { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string NetworkHash { get; private set; } = "";
    public string? Country { get; private set; }
    public string AgentFamily { get; private set; } = "";
}
