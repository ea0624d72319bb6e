using System.Text.Json.Serialization;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Inquiries.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<ShareStatus>))]
internal enum ShareStatus
{
    /// <summary>In the desk's allocation, not yet sent to the household.</summary>
    Proposed,
    /// <summary>Sent to the household (SMS and phone page), awaiting its answer until <see cref="Share.Deadline"/>.</summary>
    Offered,
    Accepted,
    Declined,
    /// <summary>The household offered a smaller quantity or a later date; the desk decides.</summary>
    Countered,
    /// <summary>Taken back by the desk (re-allocation, inquiry declined) or unanswered past the deadline.</summary>
    Withdrawn,
}

/// <summary>
/// One member's part of one inquiry line: proposed by the allocation engine (with the reason it
/// chose this member), changed by the desk, offered to the household, answered. Its id is the
/// offer's id on the household's phone. What the member is paid per piece is always VND and stays
/// between the association and the member: buyers see one price for the group.
/// </summary>
internal sealed partial class Share : ITenantOwned
{
    public const int ReasonMax = 500, NoteMax = 500;

    private Share() { }   // EF

    public Share(TenantId tenantId, InquiryId inquiryId, InquiryLineId lineId, ProductId productId, MemberId memberId,
        int quantity, string reason, DateOnly dueOn, DateTimeOffset now)
    {
        Id = ShareId.New();
        TenantId = tenantId;
        InquiryId = inquiryId;
        LineId = lineId;
        ProductId = productId;
        MemberId = memberId;
        Quantity = quantity;
        Reason = reason;
        DueOn = dueOn;
        Status = ShareStatus.Proposed;
        CreatedAt = UpdatedAt = now;
    }

    public ShareId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public InquiryId InquiryId { get; private set; }
    public InquiryLineId LineId { get; private set; }
    public ProductId ProductId { get; private set; }
    public MemberId MemberId { get; private set; }
    public int Quantity { get; set; }
    /// <summary>Why the engine chose this member (capacity left, last work, cap), or "set by the desk".</summary>
    public string Reason { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public ShareStatus Status { get; set; }

    /// <summary>Per piece, in đồng (members are always paid in VND); null until the desk sets it (before offering).</summary>
    public long? MemberUnitPriceDong { get; set; }
    public Money? MemberUnitPrice => MemberUnitPriceDong is { } d ? new Money(d, Currency.VND) : null;

    public DateTimeOffset? OfferedAt { get; set; }
    public DateTimeOffset? Deadline { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public int? CounterQuantity { get; set; }
    public DateOnly? CounterDueOn { get; set; }
    public string? AnswerNote { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Revision { get; set; }

    /// <summary>Counts toward a line's coverage: everything not declined or withdrawn.</summary>
    public bool IsLive => Status is ShareStatus.Proposed or ShareStatus.Offered or ShareStatus.Accepted or ShareStatus.Countered;
}
