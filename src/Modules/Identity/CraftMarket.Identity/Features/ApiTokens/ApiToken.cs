using System.Security.Cryptography;
using System.Text;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.WebUtilities;

namespace CraftMarket.Identity.Features.ApiTokens;

/// <summary>
/// A personal API token: one user's key for one association's integrations, carrying a chosen subset of
/// the staff roles that user held there when it was made. The secret is shown once; only its SHA-256
/// is stored (a 256-bit random value needs no slow hash: there is nothing to guess, ADR 0067), with a
/// short prefix of it so people can tell their tokens apart. Not <c>ITenantOwned</c>, like memberships:
/// sign-in reads it before anything else, and every other query names the tenant itself.
/// </summary>
internal sealed class ApiToken
{
    public const string SecretPrefix = "cmk_";
    public const int NameLength = 80;
    public const int DisplayPrefixLength = 12;   // "cmk_" and the first 8 characters: 48 of the 256 bits
    public const int DefaultDays = 90;
    public const int MaxDays = 365;
    public static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private ApiToken() { }

    private ApiToken(Guid userId, TenantId tenantId, string name, IReadOnlyCollection<string> roles, string secretHash, string prefix,
        DateTimeOffset now, DateTimeOffset expiresAt)
    {
        Id = Guid.CreateVersion7(now);
        UserId = userId;
        TenantId = tenantId;
        Name = name;
        Roles = string.Join(',', roles);
        SecretHash = secretHash;
        Prefix = prefix;
        CreatedAt = now;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public TenantId TenantId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Staff roles, comma-separated (TenantRoles.Staff values).</summary>
    public string Roles { get; private set; } = "";
    /// <summary>SHA-256 of the whole secret, upper-case hex: the lookup key.</summary>
    public string SecretHash { get; private set; } = "";
    /// <summary>The secret's first characters, for display only.</summary>
    public string Prefix { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public Guid? RevokedBy { get; private set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public ApiTokenStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiTokenStatus.Revoked : now >= ExpiresAt ? ApiTokenStatus.Expired : ApiTokenStatus.Active;

    /// <summary>A new token and its secret (shown once, never stored).</summary>
    public static (ApiToken Token, string Secret) Create(Guid userId, TenantId tenantId, string name, IReadOnlyCollection<string> roles,
        int days, DateTimeOffset now)
    {
        var secret = SecretPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (new ApiToken(userId, tenantId, name, roles, Hash(secret), secret[..DisplayPrefixLength], now, now.AddDays(days)), secret);
    }

    /// <summary>Revoking twice keeps the first time and who did it.</summary>
    public void Revoke(Guid by, DateTimeOffset now)
    {
        if (RevokedAt is not null) return;
        RevokedAt = now;
        RevokedBy = by;
    }

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The secret of an <c>Authorization: Bearer cmk_...</c> header, or null for any other header.</summary>
    public static string? SecretOf(string? authorization)
    {
        const string bearer = "Bearer ";
        if (authorization is null || !authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)) return null;
        var value = authorization[bearer.Length..].Trim();
        return value.StartsWith(SecretPrefix, StringComparison.Ordinal) ? value : null;
    }
}

internal enum ApiTokenStatus { Active, Expired, Revoked }
