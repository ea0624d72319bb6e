using System.Text.Json.Serialization;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<OrderChange>))]
public enum OrderChange
{
    /// <summary>Opened from the accepted quote.</summary>
    Placed,
    /// <summary>Its state changed (<see cref="OrderChanged.State"/> is the new one).</summary>
    StateChanged,
    PaymentReceived,
    Refunded,
    /// <summary>A document (proforma, commercial invoice, packing list) was issued or reissued.</summary>
    DocumentIssued,
    /// <summary>The desk wrote a note the buyer sees on the timeline.</summary>
    DeskNote,
}

/// <summary>
/// Everything a buyer is told about and the association counts, raised in the same SaveChanges as the
/// change (<c>OrderEvents.Changed</c>). The buyer's e-mails are sent from it, never from the request.
/// <see cref="DeliveryDate"/> (the promised one) lets insight count on-time delivery; messages stored
/// before it existed carry none.
/// </summary>
[EventName("orders.order-changed", Version = 1)]
public sealed record OrderChanged(
    Guid EventId, TenantId TenantId, OrderId OrderId, OrderChange Change, OrderState State,
    Money Total, Money Paid, Money TotalVnd, DateTimeOffset At, DateOnly? DeliveryDate = null) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("order", OrderId.Value);
}

/// <summary>A work order was issued, progressed, or was inspected: insight counts work per member from it.</summary>
[EventName("orders.work-order-changed", Version = 1)]
public sealed record WorkOrderChanged(
    Guid EventId, TenantId TenantId, WorkOrderId WorkOrderId, OrderId OrderId, MemberId MemberId, WorkOrderState State,
    int Quantity, int Finished, int Accepted, Money ValueVnd, DateOnly DueOn, DateTimeOffset At) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("work-order", WorkOrderId.Value);
}

/// <summary>One inspection's result, with the defects counted by type (only accepted pieces count on).</summary>
[EventName("orders.work-order-inspected", Version = 1)]
public sealed record WorkOrderInspected(
    Guid EventId, TenantId TenantId, QualityCheckId CheckId, WorkOrderId WorkOrderId, OrderId OrderId, MemberId MemberId,
    InspectionOutcome Outcome, int LotSize, int SampleSize, int Accepted, int Rework, int Rejected,
    IReadOnlyList<DefectCount> Defects, Money AcceptedValueVnd, DateTimeOffset At) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("work-order", WorkOrderId.Value);
}

public sealed record DefectCount(string Type, int Count);

/// <summary>A household was paid (payout insight: days from inspection to payout).</summary>
[EventName("orders.member-paid", Version = 1)]
public sealed record MemberPaid(
    Guid EventId, TenantId TenantId, PayoutId PayoutId, MemberId MemberId, Money Amount, PayoutMethod Method,
    DateOnly PaidOn, DateTimeOffset At) : ITenantEvent;
