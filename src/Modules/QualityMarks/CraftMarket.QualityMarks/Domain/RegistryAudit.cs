using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Domain;

/// <summary>
/// One change to the registry, kept forever: who did what to which record, when and why. Every
/// change of a scheme, application, inspection, certificate, other certificate, key or label batch
/// writes one in the same SaveChanges (<c>QualityMarksDb.Audit</c>). Append-only.
/// </summary>
internal sealed class RegistryAuditEntry : ITenantOwned
{
    public const int DetailMax = 2000;

    private RegistryAuditEntry() { }

    public RegistryAuditEntry(TenantId tenantId, DateTimeOffset at, string actor, string subjectKind, Guid subjectId, string action, string? detail)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        At = at;
        Actor = actor;
        SubjectKind = subjectKind;
        SubjectId = subjectId;
        Action = action;
        Detail = detail is { Length: > DetailMax } ? detail[..DetailMax] : detail;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The account id of the staff member or producer, or "system" for the expiry job.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>"scheme", "application", "inspection", "certificate", "other-certificate", "key", "label-batch".</summary>
    public string SubjectKind { get; private set; } = "";
    public Guid SubjectId { get; private set; }

    /// <summary>Kebab-case verb, e.g. "granted", "suspended", "revoked", "reinstated", "expired", "reminded-30".</summary>
    public string Action { get; private set; } = "";
    public string? Detail { get; private set; }
}

/// <summary>
/// A reminder sent before something expires (certificate or other certificate), so each of the
/// 60/30/7-day reminders goes out once, whichever node's job runs.
/// </summary>
internal sealed class ExpiryReminder : ITenantOwned
{
    private ExpiryReminder() { }

    public ExpiryReminder(TenantId tenantId, Guid subjectId, int daysBefore, DateTimeOffset sentAt)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        SubjectId = subjectId;
        DaysBefore = daysBefore;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public Guid SubjectId { get; private set; }
    public int DaysBefore { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
