using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>
/// Texts the household in Vietnamese when it is paid, with what it is still owed (consumer of
/// <see cref="MemberPaid"/>). The processed mark commits before the text, so a redelivery never texts twice.
/// </summary>
internal sealed class MemberPaidText(OrdersDb db, LedgerBalances balances, IMemberDirectory members, ISmsSender sms, TimeProvider clock,
    ILogger<MemberPaidText> log) : IIntegrationEventHandler<MemberPaid>
{
    private const string Consumer = "orders.member-paid-sms";
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task Handle(MemberPaid e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var payout = await db.Payouts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == e.PayoutId, ct);
        var member = await members.FindAsync(e.MemberId, ct);
        var owed = (await balances.MemberAsync(e.MemberId, ct)).Owed;
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
        if (member is null || member.PhoneE164.Length == 0)
        {
            log.LogWarning("Payout {PayoutId}: member {MemberId} has no phone; not texted", e.PayoutId, e.MemberId);
            return;
        }
        await sms.SendAsync(member.PhoneE164, Text(e.Amount, e.Method, payout?.Reference, owed), ct);
    }

    public static string Text(Money amount, PayoutMethod method, string? reference, long owedDong)
    {
        var how = method switch
        {
            PayoutMethod.Cash => "tiền mặt",
            PayoutMethod.MobileWallet => "ví điện tử",
            _ => "chuyển khoản",
        };
        var detail = string.IsNullOrWhiteSpace(reference) ? how : $"{how}, mã {reference}";
        return $"Hội đã trả bạn {amount.Format(Vietnamese)} ({detail}). Còn nợ bạn: {new Money(Math.Max(0, owedDong), Currency.VND).Format(Vietnamese)}.";
    }
}
