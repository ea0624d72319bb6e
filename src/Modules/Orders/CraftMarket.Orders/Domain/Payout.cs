using CraftMarket.SharedKernel.Auditing;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// Đồng paid to one household against what it is owed (its member-payable balance in the ledger),
/// by bank transfer, cash against a signature, or a mobile wallet reference. Never more than owed.
/// </summary>
[Audited("payments", Subject = "{AmountDong} VND {PaidOn}")]
internal sealed class Payout : ITenantOwned
{
    public const int ReferenceMax = 200;

    private Payout() { }   // EF

    public Payout(TenantId tenantId, MemberId memberId, Money amount, PayoutMethod method, DateOnly paidOn, DateTimeOffset now)
    {
        if (amount.Currency != Currency.VND || !amount.IsPositive) throw new ArgumentException("A payout is a positive amount of đồng.", nameof(amount));
        Id = PayoutId.New();
        TenantId = tenantId;
        MemberId = memberId;
        AmountDong = amount.MinorUnits;
        Method = method;
        PaidOn = paidOn;
        CreatedAt = now;
    }

    public PayoutId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public MemberId MemberId { get; private set; }
    public long AmountDong { get; private set; }
    public Money Amount => new(AmountDong, Currency.VND);
    public PayoutMethod Method { get; private set; }
    public string? Reference { get; set; }
    public DateOnly PaidOn { get; private set; }
    public Guid? RecordedByUserId { get; set; }
    public string? RecordedByName { get; set; }
    public LedgerTransactionId? TransactionId { get; set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
