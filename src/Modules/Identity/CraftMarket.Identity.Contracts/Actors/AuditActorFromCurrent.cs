using CraftMarket.SharedKernel.Auditing;

namespace CraftMarket.Identity.Contracts;

/// <summary>
/// The audit trail's answer to "who did it" (ADR 0065), read from the scope's <see cref="CurrentActor"/>: the signed-in
/// user's id and display name, or the name background work gave itself (<see cref="ICurrentActor.ActAsBackground"/>).
/// </summary>
public sealed class AuditActorFromCurrent(ICurrentActor actors) : IAuditActor
{
    public AuditActor Current
    {
        get
        {
            var actor = actors.Actor;
            if (actor.IsSignedIn) return new AuditActor(actor.UserId, string.IsNullOrWhiteSpace(actor.DisplayName) ? "?" : actor.DisplayName, false);
            if (actor.IsSystem) return new AuditActor(null, string.IsNullOrWhiteSpace(actor.DisplayName) ? AuditActor.Unnamed.Name : actor.DisplayName, true);
            return new AuditActor(null, "anonymous", false);
        }
    }
}
