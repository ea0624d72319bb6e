using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Domain.Ledger;

/// <summary>
/// One row per household that has been paid or whose postings were reversed: its
/// <see cref="Revision"/> is bumped by every payout and reversal touching the household, in the same
/// SaveChanges, so two payouts decided on the same balance cannot both commit (the second fails its
/// concurrency check and is answered 409). What is owed is never stored here: the entries are the truth.
/// </summary>
internal sealed class MemberLedger : ITenantOwned
{
    private MemberLedger() { }   // EF

    public MemberLedger(TenantId tenantId, MemberId memberId, DateTimeOffset now)
    {
        TenantId = tenantId;
        MemberId = memberId;
        UpdatedAt = now;
    }

    public TenantId TenantId { get; private set; }
    public MemberId MemberId { get; private set; }
    public int Revision { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Touch(DateTimeOffset now)
    {
        Revision++;
        UpdatedAt = now;
    }
}
