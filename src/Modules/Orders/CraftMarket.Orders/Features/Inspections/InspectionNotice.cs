using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>A defect as the household reads it: the Vietnamese name and how many pieces.</summary>
internal sealed record DefectLine(string Vi, int Count);

/// <summary>
/// The household must learn its lot's result: written to the outbox with the inspection itself, so
/// the text goes out even if the process stops right after the commit. Private to this module.
/// <see cref="Earned"/> is what the household is owed for the accepted pieces, after the fee.
/// </summary>
[EventName("orders.inspection-notice", Version = 1)]
internal sealed record InspectionNotice(Guid EventId, TenantId TenantId, QualityCheckId CheckId, WorkOrderId WorkOrderId, MemberId MemberId,
    string Description, InspectionOutcome Outcome, int LotSize, int SampleSize, int AcceptNumber, int Accepted, int Rework, int Rejected,
    IReadOnlyList<DefectLine> Defects, Money Earned, DateTimeOffset At) : ITenantEvent;

/// <summary>
/// Texts the household in Vietnamese (households read SMS, not e-mail): what was accepted and what it
/// earned, or what to rework and why. The processed mark commits before the text, so a redelivery
/// never texts twice.
/// </summary>
internal sealed class InspectionNoticeConsumer(OrdersDb db, IMemberDirectory members, ITenantDirectory tenants, ISmsSender sms,
    TimeProvider clock, ILogger<InspectionNoticeConsumer> log) : IIntegrationEventHandler<InspectionNotice>
{
    private const string Consumer = "orders.inspection-notice-sms";
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task Handle(InspectionNotice e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var member = await members.FindAsync(e.MemberId, ct);
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
        if (member is null || member.PhoneE164.Length == 0)
        {
            log.LogWarning("Inspection {CheckId}: member {MemberId} has no phone; not texted", e.CheckId, e.MemberId);
            return;
        }
        await sms.SendAsync(member.PhoneE164, Text(e, tenants.FindById(e.TenantId)?.NameVi ?? ""), ct);
    }

    public static string Text(InspectionNotice e, string association)
    {
        var from = association.Length > 0 ? association + ": " : "";
        var lot = $"lô {N(e.LotSize)} chiếc “{Short(e.Description)}”";
        var why = e.Defects.Count == 0 ? "" : $" ({string.Join(", ", e.Defects.Select(d => $"{d.Vi} {N(d.Count)}"))})";
        return e.Outcome switch
        {
            InspectionOutcome.Rework =>
                $"{from}{lot} chưa đạt kiểm tra: {N(e.Defects.Sum(d => d.Count))} chiếc lỗi trong {N(e.SampleSize)} chiếc mẫu{why}, " +
                $"cho phép tối đa {N(e.AcceptNumber)}. Cần làm lại cả lô, xong thì báo sẵn sàng để kiểm lại.",
            InspectionOutcome.Rejected =>
                $"{from}{lot} không đạt kiểm tra và bị loại{why}. Số hàng này không được tính tiền.",
            _ => $"{from}{lot} đã đạt kiểm tra: nhận {N(e.Accepted)} chiếc, được {e.Earned.Format(Vi)} (đã trừ phí hội)."
                + (e.Rework > 0 ? $" {N(e.Rework)} chiếc lỗi cần làm lại{why}, xong thì báo sẵn sàng để kiểm lại." : "")
                + (e.Rejected > 0 ? $" {N(e.Rejected)} chiếc lỗi bị loại{(e.Rework > 0 ? "" : why)}." : ""),
        };
    }

    private static string N(int n) => n.ToString("N0", Vi);

    private static string Short(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
