using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Domain;

/// <summary>When households are paid for accepted goods (per association: ADR 0057).</summary>
internal enum PayoutTiming
{
    /// <summary>As soon as their goods pass inspection, from the deposit if need be: what ties households to the association.</summary>
    AfterInspection,
    /// <summary>Only once the buyer's balance is in.</summary>
    AfterBalance,
}

/// <summary>What happens to an order's surplus when it closes (DOMAIN.md: profit is shared among those who produced).</summary>
internal enum SurplusPolicy
{
    ShareWithProducers,
    KeepByAssociation,
}

/// <summary>
/// One association's order, payment and payout rules, edited by its admin; a row is written on first
/// change and <see cref="Defaults"/> apply until then. The deposit share itself stays on the quote
/// (Inquiries' trade settings give its default), because the buyer agreed to it there.
/// </summary>
[Audited("settings")]
internal sealed class OrderSettings : ITenantOwned
{
    public const int BankTextMax = 200;

    private OrderSettings() { }   // EF

    public OrderSettings(TenantId tenantId) => TenantId = tenantId;

    public static OrderSettings Defaults(TenantId tenantId) => new(tenantId);

    public TenantId TenantId { get; private set; }

    // Bank details the buyer sees for a T/T, with the order number as the reference.
    public string BankName { get; set; } = "";
    public string BankAccountName { get; set; } = "";
    public string BankAccountNumber { get; set; } = "";
    public string BankSwift { get; set; } = "";
    public string BankAddress { get; set; } = "";
    public bool HasBankDetails => BankAccountNumber.Length > 0 && BankName.Length > 0;

    /// <summary>Acceptance quality limit for the ISO 2859-1 plan, e.g. "2.5" (a common level for consumer goods).</summary>
    public string Aql { get; set; } = "2.5";
    /// <summary>Defect types the inspector picks from; empty: the craft's default list.</summary>
    public List<string> DefectTypes { get; set; } = [];

    /// <summary>The association's fee on members' accepted work, in basis points (300 = 3%).</summary>
    public int FeeBasisPoints { get; set; } = 300;
    /// <summary>A fixed fee per work order in đồng, taken at its first accepted inspection (0: none).</summary>
    public long FeeFixedDong { get; set; }
    public PayoutTiming PayoutTiming { get; set; } = PayoutTiming.AfterInspection;
    public SurplusPolicy SurplusPolicy { get; set; } = SurplusPolicy.ShareWithProducers;
    public int Revision { get; set; }
}
