using System.Security.Cryptography;
using System.Text;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.WebUtilities;

namespace CraftMarket.Identity.Features.Staff;

/// <summary>
/// An association admin asked someone to join its staff by e-mail. Only a hash of the link's token is
/// stored, so a copy of the database cannot accept invitations. Single use (accepted once) and short-lived.
/// </summary>
internal sealed class StaffInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private StaffInvitation() { }

    private StaffInvitation(TenantId tenantId, string email, IReadOnlyCollection<string> roles, Guid invitedBy, string tokenHash, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = tenantId;
        Email = email;
        NormalizedEmail = email.ToUpperInvariant();
        Roles = string.Join(',', roles);
        InvitedBy = invitedBy;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public string Email { get; private set; } = "";
    public string NormalizedEmail { get; private set; } = "";
    /// <summary>Staff roles, comma-separated (TenantRoles.Staff values).</summary>
    public string Roles { get; private set; } = "";
    public Guid InvitedBy { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedBy { get; private set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsOpenAt(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    /// <summary>A new invitation and the token for its link (shown once, in the e-mail).</summary>
    public static (StaffInvitation Invitation, string Token) Create(TenantId tenantId, string email, IReadOnlyCollection<string> roles, Guid invitedBy, DateTimeOffset now)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (new StaffInvitation(tenantId, email, roles, invitedBy, Hash(token), now), token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
