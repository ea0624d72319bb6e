using CraftMarket.SharedKernel.Auditing;
using System.Text.Json.Serialization;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Inquiries.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<QuoteStatus>))]
internal enum QuoteStatus
{
    /// <summary>Sent to the buyer and within its validity.</summary>
    Sent,
    /// <summary>A later version was sent: it can no longer be accepted.</summary>
    Superseded,
    Accepted,
    /// <summary>Validity passed. Expiry is also computed at read time (<see cref="Quote.IsAcceptableAt"/>), so no job has to run first.</summary>
    Expired,
    /// <summary>The inquiry was declined or withdrawn while this version was open.</summary>
    Withdrawn,
}

/// <summary>
/// One version of the association's joint quote (v1, v2, ...): one price per line for the group,
/// in the contract currency, with the VND equivalent at the association's rate and its date. The
/// seller is the association, its export centre or a registered lead firm, never a household.
/// Immutable once sent, except for its status; a new version supersedes it.
/// </summary>
[Audited("quotes", Subject = "v{Version}")]
internal sealed partial class Quote : ITenantOwned
{
    public const int TermsMax = 1000, SellerNameMax = 200;

    private Quote() { }   // EF

    public Quote(TenantId tenantId, InquiryId inquiryId, int version, Currency currency, DateTimeOffset now)
    {
        Id = QuoteId.New();
        TenantId = tenantId;
        InquiryId = inquiryId;
        Version = version;
        CurrencyCode = currency.Code;
        CreatedAt = now;
        Status = QuoteStatus.Sent;
    }

    public QuoteId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public InquiryId InquiryId { get; private set; }
    public int Version { get; private set; }
    public QuoteStatus Status { get; set; }

    public string CurrencyCode { get; private set; } = "USD";
    public Currency Currency => Currency.Of(CurrencyCode);
    public List<QuoteLine> Lines { get; private set; } = [];
    public long TotalMinor { get; set; }
    public Money Total => new(TotalMinor, Currency);
    /// <summary>The total in đồng at <see cref="VndPerUnit"/> (the association's rate on <see cref="RateDate"/>).</summary>
    public long TotalVnd { get; set; }
    /// <summary>Đồng per one major unit of the contract currency (1 for a VND quote).</summary>
    public decimal VndPerUnit { get; set; }
    public DateOnly RateDate { get; set; }

    public DateOnly ValidUntil { get; set; }
    public DateOnly DeliveryDate { get; set; }
    public int LeadTimeDays { get; set; }
    public Incoterm Incoterm { get; set; }
    public string? DestinationPort { get; set; }
    /// <summary>Deposit share in basis points (3000 = 30%, the custom).</summary>
    public int DepositBasisPoints { get; set; }
    public string BalanceTerms { get; set; } = "";
    public SellerKind SellerKind { get; set; }
    public string SellerName { get; set; } = "";
    public MemberId? LeadFirm { get; set; }
    /// <summary>The buyer's language: the PDF and e-mails are written in it.</summary>
    public string Language { get; set; } = "en";

    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? SentByUserId { get; set; }
    public string? SentByName { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid? AcceptedByUserId { get; set; }
    /// <summary>Chosen at acceptance and carried by <see cref="QuoteAccepted"/>.</summary>
    public OrderId? OrderId { get; set; }

    /// <summary>Validity ends at the end of <see cref="ValidUntil"/> in Vietnam (the association's calendar).</summary>
    public bool IsAcceptableAt(DateTimeOffset now) =>
        Status == QuoteStatus.Sent && VietnamCalendar.Today(now) <= ValidUntil;
}

/// <summary>One quoted line: the group's unit price in the contract currency (members' own prices stay private).</summary>
internal sealed record QuoteLine(
    InquiryLineId LineId, ProductId ProductId, string? VariantSku, string Description, int Quantity, long UnitPriceMinor, long LineTotalMinor)
{
    /// <summary>The product's customs code when quoted (for the orders' papers).</summary>
    public string? HsCode { get; init; }

    /// <summary>The folded Vietnamese category name the members' capacity is declared under (commitments at acceptance).</summary>
    public string? CapacityKey { get; init; }

    /// <summary>What <see cref="Quantity"/> counts and the unit price is per: the inquiry line's unit (ADR 0073); pieces in quotes written before units.</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; init; } = SharedKernel.Trade.UnitOfSale.Default;
}

/// <summary>The association's calendar: dates on quotes, offers and deadlines are Vietnam dates (UTC+7, no daylight saving).</summary>
internal static class VietnamCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    /// <summary>The first instant of the day after <paramref name="date"/> in Vietnam: "valid until the 31st" ends here.</summary>
    public static DateTimeOffset EndOf(DateOnly date) => new(date.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset);
}
