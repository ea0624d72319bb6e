using CraftMarket.SharedKernel.Auditing;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Inquiries.Domain;

/// <summary>
/// One association's trade defaults, edited by its admin or export desk; a row is written on first
/// change, <see cref="Defaults"/> apply until then. Each quote copies what it uses, so a change here
/// never alters a quote already sent.
/// </summary>
[Audited("settings", Ignore = new[] { "LastNumber" })]
internal sealed class TradeSettings : ITenantOwned
{
    public const int PrefixMax = 6;

    private TradeSettings() { }   // EF

    public TradeSettings(TenantId tenantId) => TenantId = tenantId;

    public static TradeSettings Defaults(TenantId tenantId) => new(tenantId);

    public TenantId TenantId { get; private set; }
    /// <summary>30% deposit is the custom (DOMAIN.md); each quote may change it.</summary>
    public int DepositBasisPoints { get; set; } = 3000;
    public string BalanceTerms { get; set; } = "Balance by T/T before shipment";
    /// <summary>No member gets more than this share of a line while someone else can make it (fairness).</summary>
    public int ShareCapBasisPoints { get; set; } = 4000;
    /// <summary>How long a household has to answer an offer; a reminder goes at half time.</summary>
    public int OfferHours { get; set; } = 48;
    public int QuoteValidityDays { get; set; } = 30;
    public string QuoteCurrency { get; set; } = "USD";
    public SellerKind SellerKind { get; set; } = SellerKind.Association;
    /// <summary>Empty: the association's own name.</summary>
    public string SellerName { get; set; } = "";
    public MemberId? LeadFirm { get; set; }
    /// <summary>Prefix of inquiry numbers ("BT" for Bat Trang); empty: the slug's initials.</summary>
    public string NumberPrefix { get; set; } = "";
    public int LastNumber { get; set; }
    public int Revision { get; set; }
}
