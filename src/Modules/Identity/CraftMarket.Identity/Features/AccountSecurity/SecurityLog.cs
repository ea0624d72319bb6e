using CraftMarket.Identity.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Features.AccountSecurity;

/// <summary>
/// Writes an account's security log. <see cref="Add"/> joins the caller's unit of work (the line
/// commits with the change it describes); <see cref="RecordAsync"/> saves at once, for events with
/// no other write (a failed sign-in). The request's address and browser are taken from the
/// current request when there is one.
/// </summary>
internal sealed class SecurityLog(IdentityDb db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>How many lines an owner can page through; older lines are kept but not listed.</summary>
    public const int ShownLimit = 200;

    public SecurityEvent Add(Guid userId, SecurityEventKind kind, string? detail = null)
    {
        var request = http.HttpContext;
        var line = new SecurityEvent(userId, kind, clock.GetUtcNow(),
            request?.Connection.RemoteIpAddress?.ToString(),
            request?.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
            detail);
        db.SecurityEvents.Add(line);
        return line;
    }

    public async Task RecordAsync(Guid userId, SecurityEventKind kind, string? detail = null, CancellationToken ct = default)
    {
        Add(userId, kind, detail);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The newest lines first, for the owner only (callers pass the signed-in user's id).</summary>
    public async Task<IReadOnlyList<SecurityEvent>> ForAsync(Guid userId, int take, CancellationToken ct) =>
        await db.SecurityEvents.AsNoTracking().Where(e => e.UserId == userId)
            .OrderByDescending(e => e.Id).Take(Math.Clamp(take, 1, ShownLimit)).ToListAsync(ct);
}
