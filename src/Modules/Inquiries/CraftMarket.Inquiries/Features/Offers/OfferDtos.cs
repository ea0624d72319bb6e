using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Pictures;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>
/// An offer as its household sees it: what to make, how many, by when, for how much per unit (the line's unit of sale, ADR 0073).
/// Deliberately nothing of the buyer (name, company, e-mail, country, incoterm, free-text notes,
/// attachments): households see the specification, never who asks (ADR 0048).
/// </summary>
internal sealed record OfferDto(
    Guid Id,
    string InquiryNumber,
    ShareStatus Status,
    Guid ProductId,
    string ProductName,
    string? PhotoUrl,
    OfferSpecification Specification,
    int Quantity,
    SharedKernel.Trade.UnitOfSale Unit,
    DateOnly DueOn,
    long MemberUnitPriceVnd,
    long TotalVnd,
    DateTimeOffset? OfferedAt,
    DateTimeOffset? Deadline,
    DateTimeOffset? AnsweredAt,
    int? CounterQuantity,
    DateOnly? CounterDueOn,
    string? AnswerNote,
    bool CanAnswer);

/// <summary>The product's details (Vietnamese), the line's variant and the inquiry's packaging and labelling needs.</summary>
internal sealed record OfferSpecification(
    string? Description,
    string? Material,
    string? Technique,
    IReadOnlyList<string> Colours,
    string? DimensionsCm,
    int? WeightGrams,
    string? VariantSku,
    string? VariantSize,
    string? VariantColour,
    string? Packaging,
    string? Labelling,
    bool GenuineMarkLabels,
    bool SampleRequested);

/// <summary>An offer with its cover photo's renditions, for the household's pages.</summary>
internal sealed record HouseholdOffer(OfferDto Offer, PictureView? Photo);

/// <summary>A share as the desk follows it: who, how many, the price, the answer.</summary>
internal sealed record InquiryOfferDto(
    Guid ShareId,
    Guid LineId,
    Guid ProductId,
    Guid MemberId,
    string MemberName,
    int Quantity,
    DateOnly DueOn,
    ShareStatus Status,
    long? MemberUnitPriceVnd,
    DateTimeOffset? OfferedAt,
    DateTimeOffset? Deadline,
    DateTimeOffset? ReminderSentAt,
    DateTimeOffset? AnsweredAt,
    int? CounterQuantity,
    DateOnly? CounterDueOn,
    string? AnswerNote);

internal sealed record InquiryOffers(Guid InquiryId, string Number, IReadOnlyList<InquiryOfferDto> Offers);

internal sealed record DeclineOfferRequest(string? Reason);

internal sealed record CounterOfferRequest(int? Quantity, DateOnly? DueOn, string? Note);
