namespace CraftMarket.Identity.Features.AccountSecurity;

/// <summary>
/// What happened to an account's keys: the owner reads these on their security page to spot a
/// sign-in that was not theirs. Stored by name (not number) so a new kind never renumbers history.
/// </summary>
internal enum SecurityEventKind
{
    SignedIn,
    SignInFailed,
    SignInThrottled,
    SignedOut,
    PasswordChanged,
    PasswordReset,
    PasswordResetRequested,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesRegenerated,
    EmailConfirmed,
    PhoneChanged,
    SessionRevoked,
    TokenRevoked,
    AccessRemoved,
    ProfileChanged,
    StaffRoleGranted,
    StaffRoleRemoved,
    ApiTokenCreated,
    ApiTokenRevoked,
}

/// <summary>
/// One line of an account's security log. The address and browser are the owner's own (they are
/// shown only to that account), kept so "signed in from an unknown place" can be recognised.
/// </summary>
internal sealed class SecurityEvent
{
    public const int UserAgentLength = 200;
    public const int DetailLength = 300;

    private SecurityEvent() { }

    public SecurityEvent(Guid userId, SecurityEventKind kind, DateTimeOffset at, string? ipAddress, string? userAgent, string? detail)
    {
        Id = Guid.CreateVersion7(at);
        UserId = userId;
        Kind = kind;
        At = at;
        IpAddress = ipAddress;
        UserAgent = Truncate(userAgent, UserAgentLength);
        Detail = Truncate(detail, DetailLength);
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public SecurityEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? IpAddress { get; private set; }
    public string? UserAgent { get; private set; }
    public string? Detail { get; private set; }

    private static string? Truncate(string? text, int length) =>
        text is null || text.Length <= length ? text : text[..length];
}
