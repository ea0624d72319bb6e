using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.SharedKernel.Auditing;

/// <summary>
/// One audited write (ADR 0065): who (a person's user id and name, or a background job's name), what
/// (area, Created/Changed/Deleted, the row's readable subject, changed fields old → new) and when.
/// Raised by the save itself into the writing module's outbox; the insight module keeps the trail. Ids are left
/// out (of the fields too): a person reads names and numbers, and a module's own events stay the only rows that carry its ids.
/// </summary>
[EventName("shared.audit-recorded", Version = 1)]
public sealed record AuditRecorded(
    Guid EventId,
    TenantId TenantId,
    DateTimeOffset At,
    Guid? ActorUserId,
    string ActorName,
    bool BySystem,
    string Area,
    string Action,
    string Kind,
    string Subject,
    IReadOnlyList<AuditedField> Fields) : ITenantEvent;

/// <summary>A field of an audited row: its old and new value, or neither when <see cref="Redacted"/>.</summary>
public sealed record AuditedField(string Name, string? Old, string? New, bool Redacted = false);

public static class AuditActions
{
    public const string Created = "Created";
    public const string Changed = "Changed";
    public const string Deleted = "Deleted";
}
