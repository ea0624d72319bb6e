using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Features.ApiTokens;

internal sealed record CreateApiToken(string? Name, IReadOnlyList<string>? Roles, int? ExpiresInDays);

/// <summary>A token as its owner (and the association admin) sees it: never the secret, never its hash.</summary>
internal sealed record ApiTokenView(Guid Id, string Name, string Prefix, IReadOnlyList<string> Roles, string Status,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

internal sealed record AssociationApiTokenView(Guid Id, Guid UserId, string Owner, string? OwnerEmail, string Name, string Prefix,
    IReadOnlyList<string> Roles, string Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>The answer to a creation: the only time the secret is shown.</summary>
internal sealed record CreatedApiToken(Guid Id, string Name, string Prefix, IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string Secret);

/// <summary>
/// Making, listing and revoking personal API tokens in the current association. Every query names the
/// tenant and (except the admin's) the owner, so another association's or another person's token id is
/// simply not found. A token carries only staff roles its creator holds here now; creating needs a real
/// sign-in (the endpoint and page refuse a token), see ADR 0067.
/// </summary>
internal sealed class PersonalApiTokens(IdentityDb db, ITenantContext tenant, SecurityLog log, TimeProvider clock)
{
    /// <summary>Live tokens one person may hold in one association: enough for every integration, not for a leak to hide in.</summary>
    public const int ActiveLimit = 20;
    public const int ListLimit = 200;

    private TenantId Tenant => tenant.TenantId ?? throw new InvalidOperationException("API tokens belong to an association.");

    public async Task<Result<CreatedApiToken>> CreateAsync(Guid userId, CreateApiToken request, CancellationToken ct)
    {
        var here = Tenant;
        var held = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId && m.TenantId == here).Select(m => m.Role).ToListAsync(ct);
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0) errors["name"] = ["Give the token a name, e.g. the system that will use it."];
        else if (name.Length > ApiToken.NameLength) errors["name"] = ["The name is too long (80 characters at most)."];
        var roles = (request.Roles ?? []).Select(r => r?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0) errors["roles"] = ["Choose at least one role for the token."];
        else if (roles.Any(r => !TenantRoles.Staff.Contains(r) || !held.Contains(r)))
            errors["roles"] = ["A token can only carry staff roles you hold in this association."];
        var days = request.ExpiresInDays ?? ApiToken.DefaultDays;
        if (days is < 1 or > ApiToken.MaxDays) errors["expiresInDays"] = ["A token lasts between 1 and 365 days."];
        if (errors.Count > 0) return Error.Validation(errors);

        var now = clock.GetUtcNow();
        var live = await db.ApiTokens.Where(t => t.UserId == userId && t.TenantId == here && t.RevokedAt == null).Select(t => t.ExpiresAt).ToListAsync(ct);
        if (live.Count(expires => expires > now) >= ActiveLimit)
            return Error.Conflict("too_many_tokens", "You already have 20 active tokens here: revoke one you no longer use first.");

        var ordered = TenantRoles.Staff.Where(roles.Contains).ToList();
        var (token, secret) = ApiToken.Create(userId, here, name, ordered, days, now);
        db.ApiTokens.Add(token);
        log.Add(userId, SecurityEventKind.ApiTokenCreated, Detail(token));
        await db.SaveChangesAsync(ct);
        return new CreatedApiToken(token.Id, token.Name, token.Prefix, token.RoleList, token.CreatedAt, token.ExpiresAt, secret);
    }

    public async Task<IReadOnlyList<ApiTokenView>> MineAsync(Guid userId, CancellationToken ct)
    {
        var here = Tenant;
        var now = clock.GetUtcNow();
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId && t.TenantId == here)
            .OrderByDescending(t => t.Id).Take(ListLimit).ToListAsync(ct);
        return [.. rows.Select(t => new ApiTokenView(t.Id, t.Name, t.Prefix, t.RoleList, Status(t, now), t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))];
    }

    public async Task<IReadOnlyList<AssociationApiTokenView>> AssociationAsync(CancellationToken ct)
    {
        var here = Tenant;
        var now = clock.GetUtcNow();
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.TenantId == here)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, u.DisplayName, u.Email })
            .OrderByDescending(x => x.Token.Id).Take(ListLimit).ToListAsync(ct);
        return [.. rows.Select(x => new AssociationApiTokenView(x.Token.Id, x.Token.UserId, x.DisplayName, x.Email, x.Token.Name, x.Token.Prefix,
            x.Token.RoleList, Status(x.Token, now), x.Token.CreatedAt, x.Token.ExpiresAt, x.Token.LastUsedAt, x.Token.RevokedAt))];
    }

    /// <summary>The owner revokes one of theirs; anyone else's id is not found.</summary>
    public Task<Result> RevokeMineAsync(Guid userId, Guid id, CancellationToken ct)
    {
        var here = Tenant;
        return RevokeAsync(db.ApiTokens.Where(t => t.Id == id && t.UserId == userId && t.TenantId == here), userId, ct);
    }

    /// <summary>The association admin revokes any token of the association; another association's id is not found.</summary>
    public Task<Result> RevokeInAssociationAsync(Guid adminId, Guid id, CancellationToken ct)
    {
        var here = Tenant;
        return RevokeAsync(db.ApiTokens.Where(t => t.Id == id && t.TenantId == here), adminId, ct);
    }

    private async Task<Result> RevokeAsync(IQueryable<ApiToken> query, Guid by, CancellationToken ct)
    {
        if (await query.SingleOrDefaultAsync(ct) is not { } token) return Result.NotFound("API token");
        if (token.RevokedAt is not null) return Result.Ok();
        token.Revoke(by, clock.GetUtcNow());
        log.Add(token.UserId, SecurityEventKind.ApiTokenRevoked, by == token.UserId ? Detail(token) : $"{Detail(token)}, by the association admin");
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    private string Detail(ApiToken token) => $"{tenant.Slug}: {token.Name} ({token.Prefix}…)";

    private static string Status(ApiToken token, DateTimeOffset now) => token.StatusAt(now).ToString().ToLowerInvariant();
}
