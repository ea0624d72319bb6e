using CraftMarket.SharedKernel.Auditing;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// One inspection of a work order's lot by the association's inspector, on a phone: the sample drawn
/// (ISO 2859-1, general inspection level II, single sampling, normal; AQL per association), the
/// defects found by type, photos and the verdict with its quantities. Never edited: a re-inspection
/// after rework is a new check.
/// </summary>
[Audited("orders")]
internal sealed class QualityCheck : ITenantOwned
{
    public const int NoteMax = 1000;

    private QualityCheck() { }   // EF

    public QualityCheck(TenantId tenantId, WorkOrderId workOrderId, OrderId orderId, MemberId memberId, DateTimeOffset at)
    {
        Id = QualityCheckId.New();
        TenantId = tenantId;
        WorkOrderId = workOrderId;
        OrderId = orderId;
        MemberId = memberId;
        At = at;
    }

    public QualityCheckId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public WorkOrderId WorkOrderId { get; private set; }
    public OrderId OrderId { get; private set; }
    public MemberId MemberId { get; private set; }
    public int LotSize { get; set; }
    public int SampleSize { get; set; }
    /// <summary>The AQL the plan used, e.g. "2.5".</summary>
    public string Aql { get; set; } = "2.5";
    public int AcceptNumber { get; set; }
    public int RejectNumber { get; set; }
    public List<DefectCount> Defects { get; set; } = [];
    public InspectionOutcome Outcome { get; set; }
    public int AcceptedQuantity { get; set; }
    public int ReworkQuantity { get; set; }
    public int RejectedQuantity { get; set; }
    public List<Guid> PhotoIds { get; set; } = [];
    public string? Note { get; set; }
    public Guid InspectorUserId { get; set; }
    public string InspectorName { get; set; } = "";
    public DateTimeOffset At { get; private set; }
}
