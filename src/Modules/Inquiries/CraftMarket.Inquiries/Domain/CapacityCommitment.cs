using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Inquiries.Domain;

/// <summary>
/// Work a member has promised in a production window: written when a buyer accepts a quote (the
/// accepted shares, at once) and later by orders. The allocation engine subtracts these from the
/// member's monthly capacity for the same category (<see cref="CapacityKey"/>, the folded
/// Vietnamese category name a member declares capacity under, as the catalogue does: ADR 0009).
/// </summary>
internal sealed class CapacityCommitment : ITenantOwned
{
    public const int KeyMax = 200, SourceMax = 20;

    private CapacityCommitment() { }   // EF

    public CapacityCommitment(TenantId tenantId, MemberId memberId, string capacityKey, ProductId productId,
        DateOnly from, DateOnly to, int quantity, string sourceKind, Guid sourceId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        MemberId = memberId;
        CapacityKey = capacityKey;
        ProductId = productId;
        From = from;
        To = to;
        Quantity = quantity;
        SourceKind = sourceKind;
        SourceId = sourceId;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public MemberId MemberId { get; private set; }
    public string CapacityKey { get; private set; } = "";
    public ProductId ProductId { get; private set; }
    /// <summary>The production window, inclusive: from the acceptance to the share's due date.</summary>
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public int Quantity { get; private set; }
    /// <summary>"quote" (an accepted share), later "order".</summary>
    public string SourceKind { get; private set; } = "";
    /// <summary>The share (for "quote") or order line it came from.</summary>
    public Guid SourceId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Set when the work no longer binds (order cancelled): released capacity counts again.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }
}
