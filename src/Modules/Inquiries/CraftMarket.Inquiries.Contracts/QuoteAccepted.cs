using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Inquiries.Contracts;

/// <summary>
/// The buyer accepted a version of the joint quote: everything the orders module needs to open the
/// order under <see cref="OrderId"/> without asking this module again. Amounts are in the contract
/// currency (<see cref="Currency"/>), with the VND equivalent at the association's recorded rate;
/// members' shares carry the VND unit price each household will be paid. The accepted shares are
/// already commitments against the members' capacity when this is raised.
/// </summary>
[EventName("inquiries.quote-accepted", Version = 1)]
public sealed record QuoteAccepted(
    Guid EventId,
    TenantId TenantId,
    OrderId OrderId,
    InquiryId InquiryId,
    string InquiryNumber,
    QuoteId QuoteId,
    int QuoteVersion,
    AcceptingBuyer Buyer,
    QuoteSeller Seller,
    IReadOnlyList<AcceptedLine> Lines,
    Money Total,
    Money TotalVnd,
    decimal VndPerUnit,
    DateOnly RateDate,
    Incoterm Incoterm,
    string? DestinationPort,
    string DestinationCountry,
    DateOnly DeliveryDate,
    int DepositBasisPoints,
    string BalanceTerms,
    string Language,
    DateTimeOffset AcceptedAt) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("inquiry", InquiryId.Value);
}

public sealed record AcceptingBuyer(Guid UserId, string Name, string Email, string? Company);

public sealed record QuoteSeller(SellerKind Kind, string Name, MemberId? LeadFirm);

public sealed record AcceptedLine(
    InquiryLineId LineId, ProductId ProductId, string? VariantSku, string Description, int Quantity,
    Money UnitPrice, Money LineTotal, string? HsCode, IReadOnlyList<AcceptedShare> Shares)
{
    /// <summary>
    /// What <see cref="Quantity"/> counts and <see cref="UnitPrice"/> is per (ADR 0073). Added after
    /// version 1 with a default: events raised before units read as pieces.
    /// </summary>
    public UnitOfSale Unit { get; init; } = UnitOfSale.Default;
}

/// <summary>One household's part of a line: how many, by when, and what it is paid per piece (always VND).</summary>
public sealed record AcceptedShare(ShareId ShareId, MemberId MemberId, int Quantity, Money MemberUnitPrice, DateOnly DueOn);
