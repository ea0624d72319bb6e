using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Features.Orders;

internal sealed record OrderLineDto(Guid LineId, Guid ProductId, string? VariantSku, string Description, int Quantity, Money UnitPrice, Money LineTotal,
    string? HsCode, int PiecesPerCarton)
{
    /// <summary>What <see cref="Quantity"/> and <see cref="PiecesPerCarton"/> count and <see cref="UnitPrice"/> is per (ADR 0073).</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; init; } = SharedKernel.Trade.UnitOfSale.Default;
}

internal sealed record OrderSellerDto(SellerKind Kind, string Name);

internal sealed record OrderBuyerDto(Guid UserId, string Name, string Email, string? Company, string Language);

internal sealed record TimelineDto(string Kind, string Actor, string Text, bool ForBuyer, DateTimeOffset At)
{
    public static TimelineDto From(TimelineEntry e) => new(e.Kind, e.ActorName, e.Text, e.ForBuyer, e.At);
}

/// <summary>
/// One order as its buyer and the desk read it: money in the contract currency, the lines at the
/// buyer's prices (never a household's price or name), the timeline (the buyer gets its own lines
/// only), and for the desk the states it may move to and the moves open now.
/// </summary>
internal sealed record OrderDto(
    Guid Id, string Number, OrderState State, string Currency, Money Total, Money Paid, Money BalanceDue, Money DepositDue, Money Deposit,
    int DepositBasisPoints, string BalanceTerms, IReadOnlyList<OrderLineDto> Lines, OrderSellerDto Seller, Incoterm Incoterm, string? Port, string Country,
    DateOnly DeliveryDate, OrderBuyerDto Buyer, Guid InquiryId, string InquiryNumber, string? ShipmentReference, string? CancelReason,
    DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, int Revision, IReadOnlyList<TimelineDto> Timeline, IReadOnlyList<OrderState>? NextStates,
    IReadOnlyList<string>? Moves)
{
    public static OrderDto From(Order o, IReadOnlyList<TimelineEntry> timeline, bool desk) => new(
        o.Id.Value, o.Number, o.State, o.CurrencyCode, o.Total, o.Paid, o.BalanceDue, o.DepositDue, o.Deposit, o.DepositBasisPoints, o.BalanceTerms,
        [.. o.Lines.OrderBy(l => l.Position).Select(l => new OrderLineDto(l.Id.Value, l.ProductId.Value, l.VariantSku, l.Description, l.Quantity,
            new Money(l.UnitPriceMinor, o.Currency), new Money(l.LineTotalMinor, o.Currency), l.HsCode, l.PiecesPerCarton) { Unit = l.Unit })],
        new OrderSellerDto(o.SellerKind, o.SellerName), o.Incoterm, o.DestinationPort, o.DestinationCountry, o.DeliveryDate,
        new OrderBuyerDto(o.Buyer.UserId, o.Buyer.Name, o.Buyer.Email, o.Buyer.Company, o.Buyer.Language),
        o.InquiryId.Value, o.InquiryNumber, o.ShipmentReference, o.CancelReason, o.CreatedAt, o.ClosedAt, o.Revision,
        [.. timeline.Where(t => desk || t.ForBuyer).Select(TimelineDto.From)],
        desk ? OrderStateMachine.NextFrom(o.State) : null,
        desk ? DeskMoves.OpenFor(o) : null);
}

/// <summary>One order in a list (the desk's, or a buyer's own).</summary>
internal sealed record OrderRow(
    Guid Id, string Number, OrderState State, string BuyerName, string? BuyerCompany, Money Total, Money Paid, Money DepositDue, Money BalanceDue,
    DateOnly DeliveryDate, DateTimeOffset CreatedAt);

/// <summary>Why and with which revision the desk moves an order. <see cref="Revision"/> is optional: a client that read the order sends it.</summary>
internal sealed record MoveInput(string? Reason = null, int? Revision = null);

internal sealed record ShipInput(string? ShipmentReference = null, int? Revision = null);

internal sealed record NoteInput(string? Text = null, bool? Internal = null);

internal sealed record OrderMoved(Guid Id, OrderState State, int Revision);

internal sealed record RefundAsked(Guid RefundId, Guid PaymentId, PaymentMethod Method, Money Amount);

/// <summary>A cancellation: what was kept for the households' work, and each refund asked (card refunds go to Stripe; bank refunds wait for the desk's transfer).</summary>
internal sealed record OrderCancelled(Guid Id, OrderState State, int Revision, Money Retained, Money WorkValue, IReadOnlyList<RefundAsked> Refunds,
    int WorkOrdersCancelled);

internal sealed record NoteAdded(Guid Id, string Kind, bool ForBuyer, DateTimeOffset At);

internal sealed record RefundRow(Guid Id, Guid PaymentId, PaymentMethod Method, Money Amount, string Reason, bool Completed, DateTimeOffset CreatedAt);
