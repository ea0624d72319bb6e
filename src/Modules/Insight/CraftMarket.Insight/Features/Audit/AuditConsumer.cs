using CraftMarket.Insight.Data;
using CraftMarket.Insight.Domain;
using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Insight.Features.Audit;

/// <summary>
/// Keeps each <see cref="AuditRecorded"/> as one <see cref="AuditEntry"/> (ADR 0065), keyed by the event's id, so a
/// redelivered event finds its line and adds nothing. The dispatcher set the scope's tenant from the event.
/// </summary>
internal sealed class AuditConsumer(InsightDb db) : IIntegrationEventHandler<AuditRecorded>
{
    public async Task Handle(AuditRecorded e, CancellationToken ct)
    {
        // The dispatcher set the tenant from the event: a redelivered event finds its own entry.
        if (await db.Audit.AnyAsync(a => a.Id == e.EventId, ct)) return;
        db.Audit.Add(new AuditEntry
        {
            Id = e.EventId,
            TenantId = e.TenantId,
            At = e.At,
            ActorUserId = e.ActorUserId,
            ActorName = Cap(e.BySystem ? $"{AuditLog.SystemPrefix}{e.ActorName}" : e.ActorName, 200),
            Area = Cap(e.Area, 40),
            Action = Cap(e.Action, 80),
            Subject = Cap(string.IsNullOrWhiteSpace(e.Subject) ? e.Kind : $"{e.Subject} ({e.Kind.ToLowerInvariant()})", 200),
            Detail = Cap(AuditLog.DetailOf(e.Action, e.Fields), 2000),
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Cap(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
