using System.Text.Json.Serialization;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Inquiries.Contracts;

/// <summary>What happened to an inquiry, as the buyer and the association's insight care about it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InquiryChange>))]
public enum InquiryChange
{
    /// <summary>The buyer sent it.</summary>
    Submitted,
    /// <summary>Its status changed (<see cref="InquiryChanged.Status"/> is the new one): allocating, declined, withdrawn, expired.</summary>
    StatusChanged,
    /// <summary>The desk wrote to the buyer (internal notes raise nothing).</summary>
    DeskMessage,
    /// <summary>The buyer wrote to the desk.</summary>
    BuyerMessage,
    /// <summary>A quote version was sent (<see cref="InquiryChanged.QuoteVersion"/>).</summary>
    QuoteSent,
    QuoteAccepted,
}

/// <summary>
/// One event for everything a buyer is told about and the association counts: raised by each
/// feature in the same SaveChanges as the change (<c>InquiryEvents.Changed</c>). The buyer's e-mails
/// are sent from it, never from the request that made the change, so a failing mail server loses nothing.
/// </summary>
[EventName("inquiries.inquiry-changed", Version = 1)]
public sealed record InquiryChanged(
    Guid EventId, TenantId TenantId, InquiryId InquiryId, InquiryChange Change, InquiryStatus Status,
    int? QuoteVersion, InquirySource Source, DateTimeOffset At) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("inquiry", InquiryId.Value);
}
