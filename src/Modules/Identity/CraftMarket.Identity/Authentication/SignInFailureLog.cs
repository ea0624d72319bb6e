using CraftMarket.Identity.Features.AccountSecurity;

namespace CraftMarket.Identity.Authentication;

/// <summary>The owner's security log after a wrong guess at a known account: the failure, and the wait it started if it did.</summary>
internal static class SignInFailureLog
{
    public static async Task RecordFailureAsync(this SecurityLog log, Guid userId, string what, TimeSpan? nextWait, CancellationToken ct)
    {
        if (nextWait is not { } wait)
        {
            await log.RecordAsync(userId, SecurityEventKind.SignInFailed, what, ct);
            return;
        }
        log.Add(userId, SecurityEventKind.SignInFailed, what);
        await log.RecordAsync(userId, SecurityEventKind.SignInThrottled, $"{what}: next attempt in {SignInThrottled.Seconds(wait)} s", ct);
    }
}
