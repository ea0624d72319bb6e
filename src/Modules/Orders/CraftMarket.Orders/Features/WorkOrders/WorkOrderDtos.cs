using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>
/// One of the household's work orders, as its phone shows it: the order's number (never the buyer),
/// what to make, how many, by when, where it stands, and both prices per piece: what the association
/// pays the household (đồng) and what the buyer pays (contract currency, and in đồng at the order's rate).
/// </summary>
public sealed record MyWorkOrderDto(
    Guid Id, string OrderNumber, string Product, string Description, string? VariantSku, int Quantity, DateOnly DueOn, WorkOrderState State,
    int Finished, int Accepted, int Rejected, int Rework, long MemberUnitPriceVnd, Money BuyerUnitPrice, long BuyerUnitPriceVnd,
    bool Late, DateOnly? ExpectedOn, string? OpenProblem, int Revision)
{
    /// <summary>What the quantities count (ADR 0073).</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; init; } = SharedKernel.Trade.UnitOfSale.Default;
}

/// <summary>One line of a work order's history: who reported what, when (the household's reports and the desk's actions).</summary>
public sealed record WorkOrderUpdateDto(string Kind, string Author, int? Finished, string? Note, DateOnly? ExpectedOn, IReadOnlyList<Guid> PhotoIds,
    DateTimeOffset At);

/// <summary>A work order with its specification, photos and history: for its household and the desk.</summary>
public sealed record WorkOrderDetailDto(
    MyWorkOrderDto Work, Guid OrderId, Guid MemberId, string MemberName, string Specification, IReadOnlyList<Guid> PhotoIds,
    IReadOnlyList<WorkOrderUpdateDto> History);

/// <summary>
/// What a household reports: <c>started</c>; <c>progress</c> with <see cref="Finished"/> (never fewer than
/// before); <c>ready</c> for inspection (optionally with the count); <c>problem</c> with a note;
/// <c>delay</c> with the date it now expects to finish (after today). Photo ids are of photos already
/// uploaded to this work order. <see cref="Revision"/>, when sent, must be the work order's current one (else 409).
/// </summary>
public sealed record ProgressRequest(string? Kind, int? Finished, string? Note, DateOnly? ExpectedOn, IReadOnlyList<Guid>? PhotoIds, int? Revision);

/// <summary>A photo kept for a work order (Media's private files).</summary>
public sealed record WorkOrderPhotoDto(Guid PhotoId, string ContentType, long Bytes);

/// <summary>One work order of an order as the desk sees it: late ones first, open problems flagged.</summary>
public sealed record DeskWorkOrderDto(
    Guid Id, Guid MemberId, string MemberName, string Product, int Quantity, DateOnly DueOn, WorkOrderState State, int Finished, int Accepted,
    int Rejected, int Rework, bool Late, DateOnly? ExpectedOn, bool HasOpenProblem, string? OpenProblem, IReadOnlyList<Guid> PhotoIds, DateTimeOffset UpdatedAt);

/// <summary>Every work order of one order, for the desk.</summary>
public sealed record OrderWorkDto(Guid OrderId, string OrderNumber, OrderState State, IReadOnlyList<DeskWorkOrderDto> WorkOrders);
