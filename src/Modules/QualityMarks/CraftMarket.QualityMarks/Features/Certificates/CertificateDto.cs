using CraftMarket.QualityMarks.Domain;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// A certificate as staff and its member read it. <see cref="State"/> is what buyers see ("valid",
/// "not-yet-valid", "expired", "suspended", "revoked"); <see cref="StatusReason"/> is filled for
/// staff only (a member reads its own certificate without it, buyers never get this record).
/// </summary>
internal sealed record CertificateDto(
    Guid Id, string Number, string Status, string State, string? StatusReason, Guid SchemeId, int SchemeVersion, Guid MemberId,
    IReadOnlyList<Guid> ProductIds, Guid ApplicationId, Guid? InspectionId, DateOnly IssuedOn, DateOnly ExpiresOn, Guid? RenewalOf,
    bool ValidNow, DateTimeOffset? ExpiryRecordedAt)
{
    public static CertificateDto From(Certificate c, DateTimeOffset now, bool forStaff) => new(
        c.Id.Value, c.Number, c.Status.ToString().ToLowerInvariant(), c.PublicStatusAt(now), forStaff ? c.StatusReason : null,
        c.SchemeId.Value, c.SchemeVersion, c.MemberId.Value, c.ProductIds, c.ApplicationId.Value, c.InspectionId?.Value,
        c.IssuedOn, c.ExpiresOn, c.RenewalOf?.Value, c.IsValidAt(now), c.ExpiryRecordedAt);
}

/// <summary>One line of a certificate's audit trail.</summary>
internal sealed record CertificateAuditDto(DateTimeOffset At, string Actor, string Action, string? Detail)
{
    public static CertificateAuditDto From(RegistryAuditEntry e) => new(e.At, e.Actor, e.Action, e.Detail);
}

/// <summary>Who an audit line names: the account id, or the job.</summary>
internal static class AuditActor
{
    public const string System = "system";

    public static string Of(CraftMarket.Identity.Contracts.CurrentActor actor) =>
        actor.UserId?.ToString() ?? (actor.IsSystem ? System : "anonymous");
}
