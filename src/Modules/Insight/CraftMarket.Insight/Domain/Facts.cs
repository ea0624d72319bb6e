using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Insight.Domain;

// The read models: one row per thing the other modules told us about, kept as each event describes
// it (the last event wins; consumers are idempotent by event id). Plain Guids and strings: this module
// copies facts, it never acts on another module's aggregates. IsDemo marks generated demo history,
// which the pages label as such. Settable properties: the consumers, the demo generator and the tests
// fill them.

/// <summary>A buyer's inquiry: where it came from, when the desk first answered, whether it was quoted and accepted.</summary>
internal sealed class InquiryFact : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid InquiryId { get; set; }
    /// <summary>Inquiries' InquirySource as text (Village, CrossVillageSearch, Direct...).</summary>
    public string Source { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
    /// <summary>The desk's first message or quote to the buyer (time to first response).</summary>
    public DateTimeOffset? FirstResponseAt { get; set; }
    public DateTimeOffset? QuotedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>A joint order: its value (VND at the quote's book rate, and in the contract currency), promised and actual delivery.</summary>
internal sealed class OrderFact : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid OrderId { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public long TotalVnd { get; set; }
    public string Currency { get; set; } = "VND";
    public long TotalMinor { get; set; }
    public long PaidMinor { get; set; }
    /// <summary>Orders' OrderState as text.</summary>
    public string State { get; set; } = "";
    public DateOnly? DeliveryDate { get; set; }
    public DateTimeOffset? ShippedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>One household's share of an order: what it was given, when it was due and when it was ready.</summary>
internal sealed class WorkFact : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid WorkOrderId { get; set; }
    public Guid OrderId { get; set; }
    public Guid MemberId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public int Quantity { get; set; }
    public int Accepted { get; set; }
    /// <summary>What the member is paid for the share, in đồng.</summary>
    public long ValueVnd { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>Orders' WorkOrderState as text.</summary>
    public string State { get; set; } = "";
    public DateTimeOffset? ReadyAt { get; set; }
    public DateTimeOffset? InspectedAt { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>One inspection of a household's lot.</summary>
internal sealed class InspectionFact : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid CheckId { get; set; }
    public Guid WorkOrderId { get; set; }
    public Guid MemberId { get; set; }
    public DateTimeOffset At { get; set; }
    public int LotSize { get; set; }
    public int SampleSize { get; set; }
    public int Accepted { get; set; }
    public int Rework { get; set; }
    public int Rejected { get; set; }
    public long AcceptedValueVnd { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>Defects of one type found in one inspection's sample.</summary>
internal sealed class DefectFact : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid CheckId { get; set; }
    public Guid MemberId { get; set; }
    public DateTimeOffset At { get; set; }
    public string Type { get; set; } = "";
    public int Count { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>A payout to a household.</summary>
internal sealed class PayoutFact : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid PayoutId { get; set; }
    public Guid MemberId { get; set; }
    public long AmountVnd { get; set; }
    public DateOnly PaidOn { get; set; }
    public DateTimeOffset At { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>A member of the association: when it joined and left, household or enterprise.</summary>
internal sealed class MemberFact : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid MemberId { get; set; }
    public string DisplayName { get; set; } = "";
    /// <summary>Members' MemberKind as text (Household, Enterprise, Cooperative).</summary>
    public string Kind { get; set; } = "Household";
    public DateTimeOffset JoinedAt { get; set; }
    public DateTimeOffset? LeftAt { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>A product buyers can see: first published, withdrawn, carrying the genuine mark.</summary>
internal sealed class ProductFact : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid ProductId { get; set; }
    public DateTimeOffset FirstPublishedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public bool MarkGranted { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>A member's certificate to carry the mark, as its last change left it.</summary>
internal sealed class CertificateFact : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid CertificateId { get; set; }
    public Guid MemberId { get; set; }
    public bool Valid { get; set; }
    public DateOnly ValidUntil { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>One line of the audit log: who did what to which record, and when.</summary>
internal sealed class AuditEntry : ITenantOwned
{
    public Guid Id { get; set; }
    public TenantId TenantId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ActorUserId { get; set; }
    public string ActorName { get; set; } = "";
    /// <summary>members, products, certificates, quotes, orders, payments, settings...</summary>
    public string Area { get; set; } = "";
    public string Action { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Detail { get; set; } = "";
    public bool IsDemo { get; set; }
}
