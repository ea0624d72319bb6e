using System.Security.Claims;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Features.Sessions;

/// <summary>Kind is "browser" or "app".</summary>
internal sealed record SessionView(Guid Id, string Kind, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt,
    string? IpAddress, string Device, bool Current);

/// <summary>
/// Opens a session when a browser or an app signs in, lists an owner's live sessions, and ends them
/// (sign-out, revocation by the owner). Each end writes a line to the owner's security log in the
/// same SaveChanges.
/// </summary>
internal sealed class AccountSessions(IdentityDb db, SecurityLog log, TimeProvider clock, SessionLifetimes lifetimes,
    IOptions<IdentityOptions> options)
{
    /// <summary>
    /// Gives the principal its session id: <paramref name="continuing"/> (a refresh token's session,
    /// or the browser's own session renewed after the owner's change) keeps its row and takes the
    /// principal's new stamp; otherwise a new row opens. With <paramref name="mustContinue"/> (a
    /// refresh) a session revoked meanwhile is not replaced by a new one: the sign-in fails.
    /// </summary>
    public async Task OpenAsync(ClaimsPrincipal principal, SessionKind kind, Guid? continuing, bool mustContinue, HttpContext http, CancellationToken ct)
    {
        var userId = Guid.Parse(principal.FindFirstValue(options.Value.ClaimsIdentity.UserIdClaimType)!);
        var stamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType) ?? "";
        var now = clock.GetUtcNow();
        var session = continuing is { } id ? await db.Sessions.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct) : null;
        if (session is null && mustContinue) throw new InvalidOperationException("The session ended while its tokens were being renewed.");
        if (session is null)
        {
            session = new AccountSession(userId, kind, stamp, now, lifetimes.For(kind), SessionRequest.Address(http), SessionRequest.Device(http));
            db.Sessions.Add(session);
            // Tidy on write: this account's expired rows go as it signs in (the cleanup job catches the rest).
            await db.Sessions.Where(s => s.UserId == userId && s.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        }
        else session.SecurityStamp = stamp;
        await db.SaveChangesAsync(ct);
        SessionClaims.Put(principal, session.Id);
    }

    /// <summary>Live sessions only: expired ones and those a stamp change ended are not shown.</summary>
    public async Task<IReadOnlyList<SessionView>> ListAsync(Guid userId, Guid? current, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Sessions.AsNoTracking().Where(s => s.UserId == userId && s.ExpiresAt > now)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s, u.SecurityStamp })
            .Where(x => x.s.SecurityStamp == x.SecurityStamp)
            .Select(x => x.s).OrderByDescending(s => s.LastSeenAt).ToListAsync(ct);
        return [.. rows.OrderByDescending(s => s.Id == current)
            .Select(s => new SessionView(s.Id, s.Kind == SessionKind.Browser ? "browser" : "app", s.CreatedAt, s.LastSeenAt, s.IpAddress, s.Device, s.Id == current))];
    }

    /// <summary>The owner ends one of their sessions; another account's id is simply not found.</summary>
    public async Task<Result> RevokeAsync(Guid userId, Guid sessionId, CancellationToken ct)
    {
        if (await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, ct) is not { } session)
            return Result.NotFound("session");
        End(session, session.Kind == SessionKind.Browser ? SecurityEventKind.SessionRevoked : SecurityEventKind.TokenRevoked);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    /// <summary>"Sign out everywhere else": every session of the owner but the one asking.</summary>
    public async Task<int> RevokeOthersAsync(Guid userId, Guid? current, CancellationToken ct)
    {
        var others = await db.Sessions.Where(s => s.UserId == userId && s.Id != current).ToListAsync(ct);
        foreach (var session in others)
            End(session, session.Kind == SessionKind.Browser ? SecurityEventKind.SessionRevoked : SecurityEventKind.TokenRevoked);
        await db.SaveChangesAsync(ct);
        return others.Count;
    }

    /// <summary>Sign-out: the session the request came with ends.</summary>
    public async Task SignOutAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (SessionClaims.Read(principal, options.Value) is not { } claims) return;
        if (await db.Sessions.SingleOrDefaultAsync(s => s.Id == claims.Session && s.UserId == claims.User, ct) is not { } session) return;
        End(session, SecurityEventKind.SignedOut);
        await db.SaveChangesAsync(ct);
    }

    private void End(AccountSession session, SecurityEventKind kind)
    {
        db.Sessions.Remove(session);
        log.Add(session.UserId, kind, $"{session.Kind}: {session.Device}, {session.IpAddress ?? "unknown address"}");
    }
}
