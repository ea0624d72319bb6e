using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>
/// One inquiry as the buyer who sent it reads it (GET /api/inquiries/{id}); the desk reads the same
/// with internal notes (flagged), the assignee and the buyer's contact. Never members' prices,
/// capacities or shares: the buyer deals with the association, which quotes one price for the group.
/// </summary>
internal sealed record InquiryDetailDto(
    Guid Id,
    string Number,
    InquiryStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateOnly RequiredBy,
    Incoterm Incoterm,
    string? DestinationPort,
    string DestinationCountry,
    string? Packaging,
    string? Labelling,
    bool WantsMarkedGoods,
    bool SampleRequested,
    string? Notes,
    IReadOnlyList<InquiryLineDto> Lines,
    IReadOnlyList<InquiryAttachmentDto> Attachments,
    IReadOnlyList<ThreadEntryDto> Thread,
    IReadOnlyList<QuoteVersionDto> Quotes,
    string Village,
    string VillageSlug,
    int Revision,
    DeskView? Desk);

/// <summary>
/// <paramref name="ProductName"/> in the reader's language (else English, else Vietnamese), with the
/// language it is really in; null when the catalogue no longer has the product.
/// </summary>
internal sealed record InquiryLineDto(Guid LineId, Guid ProductId, string? ProductName, string? ProductNameLanguage, string? VariantSku,
    int Quantity, Money? TargetUnitPrice)
{
    /// <summary>What <see cref="Quantity"/> counts: the product's unit of sale when the inquiry was sent (ADR 0073).</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; init; } = SharedKernel.Trade.UnitOfSale.Default;
}

/// <summary><paramref name="Url"/> downloads the file for the buyer or the desk (GET, checked; others get 404).</summary>
internal sealed record InquiryAttachmentDto(Guid FileId, string Name, string ContentType, long Size, string Url);

/// <summary>Author is Buyer, Desk or System; <paramref name="Internal"/> is only ever true for the desk's read.</summary>
internal sealed record ThreadEntryDto(Guid Id, string Author, string AuthorName, string Body, bool Internal, DateTimeOffset At);

/// <summary>
/// One version of the joint quote. <paramref name="Status"/> is read at the clock: a Sent version
/// past its validity reads Expired even before the expiry job marks it.
/// </summary>
internal sealed record QuoteVersionDto(Guid Id, int Version, string Status, Money Total, DateOnly ValidUntil, DateTimeOffset SentAt,
    bool Acceptable, string Url, string PdfUrl);

/// <summary>What only the association sees: who works on it and how to reach the buyer.</summary>
internal sealed record DeskView(Guid? AssigneeUserId, string? AssigneeName, BuyerContactDto Buyer, InquirySource Source);

internal sealed record BuyerContactDto(Guid UserId, string Name, string Email, string? Company, string Language);

/// <summary>One line of the buyer's list (GET /api/inquiries/mine, /account/inquiries).</summary>
internal sealed record MyInquiryDto(
    Guid Id,
    string Number,
    string Village,
    string VillageSlug,
    InquiryStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastChange,
    int Lines,
    OpenQuoteDto? OpenQuote,
    string Url);

/// <summary>The version the buyer may accept now, if any.</summary>
internal sealed record OpenQuoteDto(Guid Id, int Version, Money Total, DateOnly ValidUntil);
