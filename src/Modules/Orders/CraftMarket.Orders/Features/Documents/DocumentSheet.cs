using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>
/// Everything printed on one order document, already chosen for its reader: the buyer's contract
/// terms only (never a household's name or price). <see cref="Draft"/>: a desk preview of a document
/// the order's state does not allow issuing yet.
/// </summary>
internal sealed record DocumentSheet(
    DocumentKind Kind, string Language, bool Draft,
    string Association, string BrandColor, string DeskContact,
    string OrderNumber, DateOnly OrderedOn, DateOnly IssuedOn, DateOnly DeliveryDate,
    string SellerName, SellerKind SellerKind, string BuyerName, string? BuyerCompany, string DestinationCountry, string Incoterm,
    IReadOnlyList<DocumentLine> Lines,
    Money Total, int DepositBasisPoints, Money Deposit, Money Paid, Money DepositDue, Money BalanceDue, string BalanceTerms,
    BankDetails? Bank, string? ShipmentReference);

internal sealed record DocumentLine(string Description, string? HsCode, string CountryOfOrigin, int Quantity, Money UnitPrice, Money LineTotal, PackingLine Packing)
{
    /// <summary>What the quantity counts and the unit price is per (ADR 0073).</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; init; } = SharedKernel.Trade.UnitOfSale.Default;
}

/// <summary>The association's account for a T/T (OrderSettings); null prints "bank details on request".</summary>
internal sealed record BankDetails(string BankName, string AccountName, string AccountNumber, string Swift, string Address);
