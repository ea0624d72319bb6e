using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>
/// POST /api/inquiries/{id}/quotes. Everything is optional: unset, a line is priced from the product's
/// price breaks at the association's rate, the delivery date comes from the accepted shares, and the
/// terms from the trade settings.
/// </summary>
internal sealed record SendQuoteRequest(
    string? Currency = null,
    IReadOnlyList<QuoteLineRequest>? Lines = null,
    DateOnly? DeliveryDate = null,
    DateOnly? ValidUntil = null,
    Incoterm? Incoterm = null,
    string? DestinationPort = null,
    int? DepositBasisPoints = null,
    string? BalanceTerms = null,
    SellerKind? SellerKind = null,
    string? SellerName = null,
    Guid? LeadFirm = null);

/// <summary>One inquiry line's price and pieces: <see cref="UnitPrice"/> in the contract currency's major units ("12.50"), invariant.</summary>
internal sealed record QuoteLineRequest(Guid LineId, string? UnitPrice = null, int? Quantity = null);

internal sealed record QuoteCreated(Guid Id, int Version);

internal sealed record QuoteAcceptedResponse(Guid OrderId);

internal sealed record DeclineQuoteRequest(string? Reason = null);

internal sealed record QuoteLineDto(Guid LineId, Guid ProductId, string? VariantSku, string Description, int Quantity, Money UnitPrice, Money LineTotal)
{
    /// <summary>The unit of sale (its code in JSON): the quantity counts it, the unit price is per one of it.</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; init; } = SharedKernel.Trade.UnitOfSale.Default;
}

internal sealed record QuoteSellerDto(SellerKind Kind, string Name);

/// <summary>
/// A quote version as its buyer and the desk read it: one group price per line, never a member's own
/// price or which member makes what. <see cref="Status"/> is as of now (a sent version past validity reads "Expired").
/// </summary>
internal sealed record QuoteDto(
    Guid Id, Guid InquiryId, string InquiryNumber, int Version, QuoteStatus Status, bool Acceptable,
    string Currency, IReadOnlyList<QuoteLineDto> Lines, Money Total, int DepositBasisPoints, Money Deposit, Money Balance, string BalanceTerms,
    Money TotalVnd, decimal VndPerUnit, DateOnly RateDate,
    DateOnly ValidUntil, DateOnly DeliveryDate, int LeadTimeDays, Incoterm Incoterm, string? DestinationPort, string IncotermText,
    QuoteSellerDto Seller, string? MarkSchemeName, string Language, DateTimeOffset CreatedAt, DateTimeOffset? AcceptedAt, Guid? OrderId)
{
    public static QuoteDto From(Quote q, string inquiryNumber, DateTimeOffset now)
    {
        var (deposit, balance) = q.DepositAndBalance;
        var currency = q.Currency;
        return new QuoteDto(q.Id.Value, q.InquiryId.Value, inquiryNumber, q.Version, q.StatusAt(now), q.IsAcceptableAt(now),
            q.CurrencyCode,
            [.. q.Lines.Select(l => new QuoteLineDto(l.LineId.Value, l.ProductId.Value, l.VariantSku, l.Description, l.Quantity,
                new Money(l.UnitPriceMinor, currency), new Money(l.LineTotalMinor, currency)) { Unit = l.Unit })],
            q.Total, q.DepositBasisPoints, deposit, balance, q.BalanceTerms,
            new Money(q.TotalVnd, SharedKernel.Monetary.Currency.VND), q.VndPerUnit, q.RateDate,
            q.ValidUntil, q.DeliveryDate, q.LeadTimeDays, q.Incoterm, q.DestinationPort, Incoterms.Describe(q.Incoterm, q.DestinationPort),
            new QuoteSellerDto(q.SellerKind, q.SellerName), q.MarkSchemeName, q.Language, q.CreatedAt, q.AcceptedAt, q.OrderId?.Value);
    }
}
