namespace CraftMarket.Identity.Features.Sessions;

/// <summary>How the session was opened: a browser holds the cookie, an app holds bearer and refresh tokens.</summary>
internal enum SessionKind
{
    Browser,
    App,
}

/// <summary>
/// One signed-in place of an account: a browser's cookie or an app's token pair carries its id, and
/// a request is honoured only while this row exists with the account's current security stamp.
/// Deleting the row (sign-out, the owner revoking it) ends the session on the next request.
/// </summary>
internal sealed class AccountSession
{
    public const int AddressLength = 45;
    public const int DeviceLength = 100;
    public const int StampLength = 100;

    /// <summary>Last seen is written at most this often, so an active session costs no write per request.</summary>
    public static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private AccountSession() { }

    public AccountSession(Guid userId, SessionKind kind, string securityStamp, DateTimeOffset now, TimeSpan lifetime, string? address, string device)
    {
        Id = Guid.CreateVersion7(now);
        UserId = userId;
        Kind = kind;
        SecurityStamp = securityStamp;
        CreatedAt = now;
        LastSeenAt = now;
        ExpiresAt = now + lifetime;
        IpAddress = address;
        Device = device.Length <= DeviceLength ? device : device[..DeviceLength];
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public SessionKind Kind { get; private set; }

    /// <summary>The account's stamp when the session opened (or was renewed by the owner's own change).</summary>
    public string SecurityStamp { get; set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>Sliding: each touch moves it on by the cookie's or refresh token's lifetime.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The address it was last seen from.</summary>
    public string? IpAddress { get; private set; }

    /// <summary>"Firefox on Windows": a description for the owner, not the raw user agent.</summary>
    public string Device { get; private set; } = "";
}
