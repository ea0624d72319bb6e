using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Domain.Ledger;

internal enum LedgerKind
{
    OrderPlaced,
    PaymentReceived,
    Refund,
    WorkAccepted,
    Payout,
    OrderCost,
    SurplusShared,
    OrderCancelled,
    Reversal,
}

/// <summary>
/// One balanced posting: entries in đồng that sum to zero (checked by <see cref="LedgerBook.Post"/>).
/// Never edited or deleted; a mistake is undone by a reversal that points at it. <see cref="SourceKey"/>
/// names what caused it ("payment:{id}", "check:{id}"), unique per association, so a retried effect
/// can never post twice.
/// </summary>
internal sealed class LedgerTransaction : ITenantOwned
{
    public const int MemoMax = 500, SourceKeyMax = 120;

    private LedgerTransaction() { }   // EF

    public LedgerTransaction(TenantId tenantId, LedgerKind kind, string sourceKey, string memo, DateOnly bookedOn, DateTimeOffset at)
    {
        Id = LedgerTransactionId.New();
        TenantId = tenantId;
        Kind = kind;
        SourceKey = sourceKey;
        Memo = memo;
        BookedOn = bookedOn;
        At = at;
    }

    public LedgerTransactionId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public LedgerKind Kind { get; private set; }
    public string SourceKey { get; private set; } = "";
    public string Memo { get; private set; } = "";
    public OrderId? OrderId { get; set; }
    /// <summary>The Vietnam date the posting belongs to (monthly reconciliation).</summary>
    public DateOnly BookedOn { get; private set; }
    public DateTimeOffset At { get; private set; }
    public LedgerTransactionId? ReversesId { get; set; }
    public List<LedgerEntry> Entries { get; private set; } = [];

    public LedgerTransaction Debit(LedgerAccount account, Money vnd, Money? original = null, MemberId? member = null, WorkOrderId? workOrder = null) =>
        Add(account, vnd, original, member, workOrder);

    public LedgerTransaction Credit(LedgerAccount account, Money vnd, Money? original = null, MemberId? member = null, WorkOrderId? workOrder = null) =>
        Add(account, -vnd, original is null ? null : -original, member, workOrder);

    private LedgerTransaction Add(LedgerAccount account, Money vnd, Money? original, MemberId? member, WorkOrderId? workOrder)
    {
        if (vnd.Currency != Currency.VND) throw new ArgumentException("The book is kept in đồng; give the contract amount as original.", nameof(vnd));
        if (account == LedgerAccount.MemberPayable && member is null) throw new ArgumentException("A member-payable entry names its member.", nameof(member));
        if (vnd.IsZero) return this;   // a zero line says nothing and would clutter every report
        Entries.Add(new LedgerEntry(Entries.Count, account, vnd.MinorUnits, original?.MinorUnits, original?.Currency.Code, member, workOrder));
        return this;
    }

    public long SumDong => Entries.Sum(e => e.AmountDong);
}

/// <summary>One line of a transaction: an account, signed đồng (debit positive), and the contract-currency amount where there is one.</summary>
internal sealed record LedgerEntry(int Position, LedgerAccount Account, long AmountDong, long? OriginalMinor, string? OriginalCurrency,
    MemberId? MemberId, WorkOrderId? WorkOrderId);
