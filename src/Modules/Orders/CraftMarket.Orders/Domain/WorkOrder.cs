using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// One household's part of one order line (an accepted share of the quote): what to make, how many,
/// by when, and the đồng it is paid per accepted piece. Also carries what the buyer pays per piece,
/// because households rarely learn the final price (DOMAIN.md) and this platform shows it to them.
/// Only <see cref="AcceptedQuantity"/> counts for shipment, payout and defect figures.
/// </summary>
internal sealed partial class WorkOrder : ITenantOwned
{
    public const int SpecMax = 2000, NoteMax = 1000;

    private WorkOrder() { }   // EF

    public WorkOrder(TenantId tenantId, WorkOrderId id, OrderId orderId, ShareId shareId, MemberId memberId, InquiryLineId lineId,
        ProductId productId, DateTimeOffset now)
    {
        Id = id;
        TenantId = tenantId;
        OrderId = orderId;
        ShareId = shareId;
        MemberId = memberId;
        LineId = lineId;
        ProductId = productId;
        CreatedAt = now;
        UpdatedAt = now;
        State = WorkOrderState.Assigned;
    }

    public WorkOrderId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public OrderId OrderId { get; private set; }
    /// <summary>The offer the household accepted (Inquiries' share): one work order per accepted share.</summary>
    public ShareId ShareId { get; private set; }
    public MemberId MemberId { get; private set; }
    public InquiryLineId LineId { get; private set; }
    public ProductId ProductId { get; private set; }
    public string? VariantSku { get; set; }
    public string Description { get; set; } = "";
    /// <summary>The buyer's specification as the household needs it (packaging, labels, glaze...), in Vietnamese where given.</summary>
    public string Specification { get; set; } = "";
    public int Quantity { get; set; }
    /// <summary>What <see cref="Quantity"/> counts: the order line's unit ("600 mét" of silk, ADR 0073).</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; set; } = SharedKernel.Trade.UnitOfSale.Default;
    public DateOnly DueOn { get; set; }
    /// <summary>Đồng paid per accepted piece (the accepted offer's price).</summary>
    public long MemberUnitPriceDong { get; set; }
    public Money MemberUnitPrice => new(MemberUnitPriceDong, Currency.VND);
    /// <summary>What the buyer pays per piece of this line, in the contract currency, and in đồng at the order's rate.</summary>
    public long BuyerUnitPriceMinor { get; set; }
    public string BuyerCurrencyCode { get; set; } = "USD";
    public long BuyerUnitPriceDong { get; set; }

    public WorkOrderState State { get; set; }
    /// <summary>Pieces the household says are finished so far.</summary>
    public int FinishedQuantity { get; set; }
    /// <summary>Pieces accepted by inspection, over all inspections of this work order.</summary>
    public int AcceptedQuantity { get; set; }
    public int RejectedQuantity { get; set; }
    /// <summary>Pieces sent back for rework by the last inspection and not yet presented again.</summary>
    public int ReworkQuantity { get; set; }
    /// <summary>A problem or delay the household reported and the desk has not cleared.</summary>
    public string? OpenProblem { get; set; }
    public DateOnly? ExpectedOn { get; set; }
    /// <summary>Private photo ids (Media) the household or the desk attached: spec and progress.</summary>
    public List<Guid> PhotoIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? InspectedAt { get; set; }
    public int Revision { get; set; }

    /// <summary>Earned so far: accepted pieces at the member's price (before the association's fee).</summary>
    public Money AcceptedValue => MemberUnitPrice * AcceptedQuantity;
    public Money PlannedValue => MemberUnitPrice * Quantity;
    /// <summary>Still to present for inspection: the whole lot less what was accepted or rejected.</summary>
    public int OutstandingQuantity => Math.Max(0, Quantity - AcceptedQuantity - RejectedQuantity);
    /// <summary>Nothing more will come of it: inspected for good, or cancelled.</summary>
    public bool IsSettled => State is WorkOrderState.Inspected or WorkOrderState.Cancelled;

    public bool IsLateOn(DateOnly today) => !IsSettled && DueOn < today;

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }
}

/// <summary>
/// One line of a work order's history: the household's progress report (started, finished so many,
/// ready, a problem or delay, with photos) or a desk action. The household and the desk both read it.
/// </summary>
internal sealed class WorkOrderUpdate : ITenantOwned
{
    public const int NoteMax = 1000;

    private WorkOrderUpdate() { }   // EF

    public WorkOrderUpdate(TenantId tenantId, WorkOrderId workOrderId, WorkOrderUpdateKind kind, string authorName, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        WorkOrderId = workOrderId;
        Kind = kind;
        AuthorName = authorName;
        At = at;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public WorkOrderId WorkOrderId { get; private set; }
    public WorkOrderUpdateKind Kind { get; private set; }
    public string AuthorName { get; private set; } = "";
    public int? Finished { get; set; }
    public string? Note { get; set; }
    public DateOnly? ExpectedOn { get; set; }
    public List<Guid> PhotoIds { get; set; } = [];
    public DateTimeOffset At { get; private set; }
}

internal enum WorkOrderUpdateKind { Issued, Started, Progress, Ready, Problem, Delay, ProblemCleared, Inspected, Cancelled }
