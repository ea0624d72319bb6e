using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Ledger;

internal sealed record PayoutRequest(long? AmountDong, string? Method, string? Reference, DateOnly? PaidOn);

/// <summary>A payout that was refused for its amount carries what could have been paid.</summary>
internal sealed record PayoutRefusal(Error Error, long OwedDong, long PayableNowDong);

/// <summary>
/// The desk pays a household: never more than it is owed (nor, when the association pays after the
/// balance, more than it earned on orders whose balance is in). The payout row, its posting and
/// <see cref="MemberPaid"/> commit in one SaveChanges, with the household's <see cref="MemberLedger"/>
/// row bumped, so two payouts decided on the same balance cannot both pass (the later one is a 409).
/// </summary>
internal sealed class RecordPayout(OrdersDb db, LedgerBalances balances, IMemberDirectory members, TimeProvider clock)
{
    public const int MaxDaysBack = 366;

    public async Task<Result<PayoutDto>> PayAsync(MemberId member, PayoutRequest request, CurrentActor actor, CancellationToken ct)
    {
        var outcome = await TryPayAsync(member, request, actor, ct);
        return outcome.Payout is { } p ? p : outcome.Refusal!.Error;
    }

    public async Task<(PayoutDto? Payout, PayoutRefusal? Refusal)> TryPayAsync(MemberId member, PayoutRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsLedgerDesk()) return (null, new PayoutRefusal(Error.NotFound("member"), 0, 0));
        var now = clock.GetUtcNow();
        var today = VietnamDate.Today(now);
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.AmountDong is not > 0) fields["amountDong"] = ["The amount must be above zero."];
        if (!Enum.TryParse<PayoutMethod>(request.Method, ignoreCase: true, out var method) || !Enum.IsDefined(method))
            fields["method"] = ["Choose BankTransfer, Cash or MobileWallet."];
        var reference = request.Reference?.Trim();
        if (reference is { Length: 0 }) reference = null;
        if (reference is null && method is PayoutMethod.BankTransfer or PayoutMethod.MobileWallet && !fields.ContainsKey("method"))
            fields["reference"] = ["A bank transfer or wallet payout needs its reference."];
        if (reference is { Length: > Payout.ReferenceMax }) fields["reference"] = [$"At most {Payout.ReferenceMax} characters."];
        var paidOn = request.PaidOn ?? today;
        if (paidOn > today || paidOn < today.AddDays(-MaxDaysBack)) fields["paidOn"] = ["The payout date is today or within the past year."];
        if (fields.Count > 0) return (null, new PayoutRefusal(Error.Validation(fields), 0, 0));
        if (await members.FindAsync(member, ct) is null) return (null, new PayoutRefusal(Error.NotFound("member"), 0, 0));

        // The household's row is read (and bumped) before its balance: a payout that commits after this
        // read makes ours fail its concurrency check; one that committed before is in the balance we read.
        await TouchAsync(db, member, now, ct);
        var figures = await balances.MemberAsync(member, ct);
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? OrderSettings.Defaults(db.Tenant);
        var payableNow = PayoutRule.PayableNow(settings.PayoutTiming, figures,
            settings.PayoutTiming == PayoutTiming.AfterBalance ? await balances.EarnedOnSettledOrdersAsync(member, ct) : 0);
        var amount = new Money(request.AmountDong!.Value, Currency.VND);
        var allowed = PayoutRule.Check(amount, figures.Owed, payableNow, settings.PayoutTiming);
        if (allowed.IsFailure)
        {
            db.ChangeTracker.Clear();
            return (null, new PayoutRefusal(allowed.Error!, figures.Owed, payableNow));
        }

        var payout = new Payout(db.Tenant, member, amount, method, paidOn, now)
        {
            Reference = reference, RecordedByUserId = actor.UserId, RecordedByName = actor.DisplayName,
        };
        var posting = Postings.PayoutMade(payout, now);
        payout.TransactionId = posting.Id;
        db.Payouts.Add(payout);
        await db.PostAsync(posting, ct);
        db.Outbox.Add(new MemberPaid(Guid.CreateVersion7(), db.Tenant, payout.Id, member, amount, method, paidOn, now), clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)   // a concurrent payout bumped (or created) the household's row first
        {
            db.ChangeTracker.Clear();
            var owedNow = (await balances.MemberAsync(member, ct)).Owed;
            return (null, new PayoutRefusal(Error.Conflict("payout.concurrent",
                "Another payout to this household was recorded at the same moment; check what is still owed and try again."), owedNow, Math.Min(owedNow, payableNow)));
        }
        return (new PayoutDto(payout.Id.Value, payout.PaidOn, payout.AmountDong, payout.Method.ToString(), payout.Reference, payout.RecordedByName, false), null);
    }

    /// <summary>Bumps (or creates) the household's row: the concurrency check that serialises its payouts and reversals.</summary>
    public static async Task TouchAsync(OrdersDb db, MemberId member, DateTimeOffset now, CancellationToken ct)
    {
        var row = db.MemberLedgers.Local.FirstOrDefault(m => m.MemberId == member)
            ?? await db.MemberLedgers.FirstOrDefaultAsync(m => m.MemberId == member, ct);
        if (row is null) db.MemberLedgers.Add(new MemberLedger(db.Tenant, member, now));
        else row.Touch(now);
    }
}
