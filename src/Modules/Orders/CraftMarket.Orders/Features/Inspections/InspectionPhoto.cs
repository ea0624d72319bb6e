using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>
/// A photo an inspector took of a lot (a private file in Media), kept against its work order until
/// the inspection that cites it is saved. Only photos uploaded for the same work order and not yet
/// cited can be cited, so an inspection never points at someone else's file.
/// </summary>
internal sealed class InspectionPhoto : ITenantOwned
{
    public const int MaxPending = 30;

    private InspectionPhoto() { }   // EF

    public InspectionPhoto(TenantId tenantId, Guid fileId, WorkOrderId workOrderId, Guid uploadedBy, DateTimeOffset at)
    {
        FileId = fileId;
        TenantId = tenantId;
        WorkOrderId = workOrderId;
        UploadedBy = uploadedBy;
        At = at;
    }

    public Guid FileId { get; private set; }
    public TenantId TenantId { get; private set; }
    public WorkOrderId WorkOrderId { get; private set; }
    public QualityCheckId? CheckId { get; set; }
    public Guid UploadedBy { get; private set; }
    public DateTimeOffset At { get; private set; }
}
