namespace CraftMarket.SharedKernel.Auditing;

/// <summary>Who the audit trail names for the current scope: a person (user id and name) or background work (a job's name).</summary>
public sealed record AuditActor(Guid? UserId, string Name, bool IsSystem)
{
    public static readonly AuditActor Unnamed = new(null, "background", true);
}

/// <summary>
/// Answers <see cref="AuditActor"/> for the scope. Identity's actor accessor implements it (the request's
/// signed-in user, or the job a background scope named), so the kernel needs no knowledge of sign-ins.
/// </summary>
public interface IAuditActor
{
    AuditActor Current { get; }
}

/// <summary>
/// Writes that are nobody's act (the demo seed, a migration's data fix) run inside <see cref="Quiet"/>:
/// audited entities saved there record nothing. Flows with the async call, never to other requests.
/// </summary>
public static class AuditTrail
{
    private static readonly AsyncLocal<bool> quiet = new();

    public static bool IsQuiet => quiet.Value;

    public static IDisposable Quiet()
    {
        var before = quiet.Value;
        quiet.Value = true;
        return new Restore(before);
    }

    private sealed class Restore(bool before) : IDisposable
    {
        public void Dispose() => quiet.Value = before;
    }
}
