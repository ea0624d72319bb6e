using CraftMarket.SharedKernel.Auditing;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// A joint order: one buyer, one seller (the association, its export centre or a lead firm; never a
/// household, which cannot sign contracts), the lines of the accepted quote in the contract currency,
/// and the money received against it. Households' parts are <see cref="WorkOrder"/>s. Opened from
/// <c>QuoteAccepted</c> by <see cref="OrderOpening"/>; moves only through <see cref="OrderStateMachine"/>.
/// </summary>
[Audited("orders", Subject = "Number")]
internal sealed partial class Order : ITenantOwned
{
    public const int NumberMax = 30, TermsMax = 1000, NameMax = 200;

    private Order() { }   // EF

    public Order(TenantId tenantId, OrderId id, string number, DateTimeOffset now)
    {
        Id = id;
        TenantId = tenantId;
        Number = number;
        CreatedAt = now;
        UpdatedAt = now;
        State = OrderState.AwaitingDeposit;
    }

    public OrderId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    /// <summary>"BT-ORD-2026-0042": the inquiry's number with ORD for RFQ, so the two read as one trade.</summary>
    public string Number { get; private set; } = "";
    public InquiryId InquiryId { get; set; }
    public string InquiryNumber { get; set; } = "";
    public QuoteId QuoteId { get; set; }
    public int QuoteVersion { get; set; }
    public OrderState State { get; set; }

    public OrderBuyer Buyer { get; set; } = new(Guid.Empty, "", "", null, "en");
    public SellerKind SellerKind { get; set; }
    public string SellerName { get; set; } = "";
    public MemberId? LeadFirm { get; set; }

    public List<OrderLine> Lines { get; private set; } = [];

    public string CurrencyCode { get; set; } = "USD";
    public Currency Currency => Currency.Of(CurrencyCode);
    public long TotalMinor { get; set; }
    public Money Total => new(TotalMinor, Currency);
    /// <summary>The total in đồng at the quote's rate (<see cref="VndPerUnit"/> on <see cref="RateDate"/>): the book value of the sale.</summary>
    public long TotalVnd { get; set; }
    public decimal VndPerUnit { get; set; }
    public DateOnly RateDate { get; set; }
    /// <summary>Received and not refunded, in the contract currency (card and bank together).</summary>
    public long PaidMinor { get; set; }
    public Money Paid => new(PaidMinor, Currency);
    /// <summary>Deposit share in basis points (3000 = 30%), from the accepted quote.</summary>
    public int DepositBasisPoints { get; set; }
    public Money Deposit => Total.SplitPercent(DepositBasisPoints).Part;
    public Money BalanceDue => Money.Max(Total - Paid, Money.Zero(Currency));
    /// <summary>Still to pay before production may start (zero once the deposit is in).</summary>
    public Money DepositDue => Money.Max(Deposit - Paid, Money.Zero(Currency));
    /// <summary>Paid above the total: owed back to the buyer or held as credit (ADR 0056).</summary>
    public Money Overpaid => Money.Max(Paid - Total, Money.Zero(Currency));
    public string BalanceTerms { get; set; } = "";

    public Incoterm Incoterm { get; set; }
    public string? DestinationPort { get; set; }
    public string DestinationCountry { get; set; } = "";
    public DateOnly DeliveryDate { get; set; }
    /// <summary>The buyer's language: e-mails and documents are written in it.</summary>
    public string Language { get; set; } = "en";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? CancelReason { get; set; }
    /// <summary>Shipment details the desk records when the goods leave (bill of lading, carrier, tracking).</summary>
    public string? ShipmentReference { get; set; }
    public int Revision { get; set; }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    /// <summary>Converts an amount of the contract currency to đồng at the order's rate (its book rate).</summary>
    public Money ToVnd(Money amount) =>
        amount.Currency == Currency.VND ? amount : new ExchangeRate(Currency, Currency.VND, VndPerUnit, RateDate).Convert(amount);
}

/// <summary>Who buys: copied from the accepted quote, so a later change of the buyer's account never rewrites a contract.</summary>
internal sealed record OrderBuyer(Guid UserId, string Name, string Email, string? Company, string Language);

/// <summary>One line of the order, with what the packing list needs (cartons from the case size; weights the desk enters).</summary>
internal sealed class OrderLine
{
    private OrderLine() { }   // EF

    public OrderLine(InquiryLineId id, int position, ProductId productId, string? variantSku, string description, int quantity,
        long unitPriceMinor, long lineTotalMinor, string? hsCode)
    {
        Id = id;
        Position = position;
        ProductId = productId;
        VariantSku = variantSku;
        Description = description;
        Quantity = quantity;
        UnitPriceMinor = unitPriceMinor;
        LineTotalMinor = lineTotalMinor;
        HsCode = hsCode;
    }

    public InquiryLineId Id { get; private set; }
    public int Position { get; private set; }
    public ProductId ProductId { get; private set; }
    public string? VariantSku { get; private set; }
    public string Description { get; private set; } = "";
    public int Quantity { get; private set; }
    public long UnitPriceMinor { get; private set; }
    public long LineTotalMinor { get; private set; }
    public string? HsCode { get; set; }
    /// <summary>Pieces per export carton: the product's case size (order multiple) at opening; the desk may correct it.</summary>
    public int PiecesPerCarton { get; set; } = 1;
    /// <summary>Net weight of one piece in grams (desk, for the packing list).</summary>
    public int? NetGramsPerPiece { get; set; }
    /// <summary>Gross weight of one full carton in grams, packing included (desk).</summary>
    public int? GrossGramsPerCarton { get; set; }
    public string CountryOfOrigin { get; set; } = "VN";
    /// <summary>What <see cref="Quantity"/> counts and the unit price is per: the accepted quote line's unit (ADR 0073).</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; init; } = SharedKernel.Trade.UnitOfSale.Default;
}
