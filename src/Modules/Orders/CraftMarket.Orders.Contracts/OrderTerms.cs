using System.Text.Json.Serialization;

namespace CraftMarket.Orders.Contracts;

/// <summary>
/// Where an order stands. The happy path runs top to bottom; <see cref="Cancelled"/> may end it
/// before shipment (refund rules: ADR 0054). Every move is guarded by <c>OrderStateMachine</c>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderState>))]
public enum OrderState
{
    AwaitingDeposit,
    InProduction,
    QualityControl,
    AwaitingBalance,
    ReadyToShip,
    Shipped,
    Delivered,
    Closed,
    Cancelled,
}

/// <summary>A household's progress on its work order, then the inspection's verdict.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkOrderState>))]
public enum WorkOrderState
{
    /// <summary>Issued to the household; not started yet.</summary>
    Assigned,
    Started,
    /// <summary>The household says the lot is finished; the inspector may come.</summary>
    ReadyForInspection,
    /// <summary>The inspection sent (part of) the lot back; it loops to ready again.</summary>
    Rework,
    /// <summary>Inspected: the accepted quantity counts for shipment and payout.</summary>
    Inspected,
    Cancelled,
}

[JsonConverter(typeof(JsonStringEnumConverter<PaymentMethod>))]
public enum PaymentMethod { Card, BankTransfer }

[JsonConverter(typeof(JsonStringEnumConverter<PaymentPurpose>))]
public enum PaymentPurpose { Deposit, Balance }

[JsonConverter(typeof(JsonStringEnumConverter<PayoutMethod>))]
public enum PayoutMethod { BankTransfer, Cash, MobileWallet }

[JsonConverter(typeof(JsonStringEnumConverter<InspectionOutcome>))]
public enum InspectionOutcome
{
    /// <summary>The lot passed: every piece presented counts (less any found defective).</summary>
    Accepted,
    /// <summary>The lot failed but can be fixed: the household reworks it and presents it again.</summary>
    Rework,
    /// <summary>The lot failed and cannot be fixed: nothing of it counts.</summary>
    Rejected,
}
