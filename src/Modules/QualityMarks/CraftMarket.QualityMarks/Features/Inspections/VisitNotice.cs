using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.Logging;

namespace CraftMarket.QualityMarks.Features.Inspections;

internal enum VisitNoticeKind { Scheduled, Rescheduled, Cancelled }

/// <summary>
/// A member must be told of a visit: written to the outbox with the scheduling itself, so the text
/// goes out even if the process stops right after the commit. Private to this module.
/// </summary>
[EventName("quality-marks.visit-notice", Version = 1)]
internal sealed record VisitNotice(Guid EventId, TenantId TenantId, InspectionId InspectionId, MemberId MemberId, VisitNoticeKind Kind,
    DateTimeOffset ScheduledFor, string SchemeName) : ITenantEvent;

/// <summary>
/// Texts the household in Vietnamese (households read SMS, not e-mail), with the time in Vietnam
/// time. The processed mark commits before the text, so a redelivery never texts twice.
/// </summary>
internal sealed class VisitNoticeConsumer(QualityMarksDb db, IMemberDirectory members, ITenantDirectory tenants, ISmsSender sms,
    TimeProvider clock, ILogger<VisitNoticeConsumer> log) : IIntegrationEventHandler<VisitNotice>
{
    private const string Consumer = "quality-marks.visit-notice-sms";

    public async Task Handle(VisitNotice e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var member = await members.FindAsync(e.MemberId, ct);
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
        if (member is null || member.PhoneE164.Length == 0)
        {
            log.LogWarning("Visit {InspectionId}: member {MemberId} has no phone; not texted", e.InspectionId, e.MemberId);
            return;
        }
        await sms.SendAsync(member.PhoneE164, Text(e, tenants.FindById(e.TenantId)?.NameVi ?? ""), ct);
    }

    public static string Text(VisitNotice e, string association)
    {
        var from = association.Length > 0 ? association + ": " : "";
        var when = VietnamTime.Vietnamese(e.ScheduledFor);
        return e.Kind switch
        {
            VisitNoticeKind.Rescheduled => $"{from}lịch kiểm tra dấu “{e.SchemeName}” tại cơ sở của bạn đổi sang {when} (giờ Việt Nam).",
            VisitNoticeKind.Cancelled => $"{from}buổi kiểm tra dấu “{e.SchemeName}” lúc {when} đã hủy. Hội sẽ báo lịch mới.",
            _ => $"{from}cán bộ của Hội sẽ đến kiểm tra dấu “{e.SchemeName}” tại cơ sở của bạn lúc {when} (giờ Việt Nam).",
        };
    }
}
