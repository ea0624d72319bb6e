using System.Collections.Concurrent;
using CraftMarket.Identity.Data;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Authentication;

/// <summary>What is being tried against one account; each has its own count, so a throttled password never blocks the SMS code.</summary>
internal enum AccountAttempt { Password, PhoneCode, PhoneCodeSend, Registration }

/// <summary>
/// Per-account limits, keyed by the normalised e-mail or phone the person typed (whether or not an
/// account has it, so a 429 never tells who is a customer), on top of the per-address limits.
/// Guesses (password, SMS code) count as failures until they succeed: after <see cref="SignInLimits.FreeFailures"/>
/// the account waits a delay that doubles with each further guess up to <see cref="SignInLimits.MaxDelay"/>,
/// instead of the lock an attacker could put on anyone. Sending codes and registering spend an hourly budget.
/// Kept in memory, per process, like the per-address limiter (ADR 29).
/// </summary>
internal sealed class AccountThrottle(TimeProvider clock, IOptionsMonitor<SignInLimits> options)
{
    private readonly ConcurrentDictionary<(AccountAttempt, string), Entry> entries = new();
    private int sinceSweep;

    /// <summary>
    /// Null when the attempt may go ahead (and it is counted), else how long to wait. <paramref name="stamp"/>
    /// is the account's security stamp when it exists: a new stamp (password reset, new password) starts
    /// the owner afresh, so a reset always gets them back in.
    /// </summary>
    public TimeSpan? Admit(AccountAttempt kind, string account, string? stamp = null)
    {
        var limits = options.CurrentValue;
        var now = clock.GetUtcNow();
        Sweep(now, limits);
        var entry = entries.GetOrAdd((kind, account), _ => new Entry());
        lock (entry)
        {
            if (entry.Stamp != stamp || now - entry.Last > limits.FailureMemory) entry.Reset(stamp, now);
            entry.Last = now;
            if (IsBudget(kind)) return entry.Spend(now, TimeSpan.FromHours(1), kind == AccountAttempt.Registration ? limits.RegistrationsPerHour : limits.PhoneCodesPerHour);
            if (entry.BlockedUntil > now) return entry.BlockedUntil - now;
            entry.Failures++;
            if (entry.Failures >= limits.FreeFailures) entry.BlockedUntil = now + DelayAfter(entry.Failures - limits.FreeFailures, limits);
            return null;
        }
    }

    /// <summary>How long the next guess must wait, without counting one.</summary>
    public TimeSpan? Waiting(AccountAttempt kind, string account)
    {
        if (!entries.TryGetValue((kind, account), out var entry)) return null;
        var now = clock.GetUtcNow();
        lock (entry) return entry.BlockedUntil > now ? entry.BlockedUntil - now : null;
    }

    /// <summary>The guess was right: its failures are forgotten.</summary>
    public void Succeeded(AccountAttempt kind, string account) => entries.TryRemove((kind, account), out _);

    /// <summary>
    /// Clears every count for the account's e-mail and phone: for code that proves the owner by other
    /// means (a password reset does, through its new security stamp, even without calling this).
    /// </summary>
    public void Forget(CraftMarketUser user)
    {
        foreach (var kind in Enum.GetValues<AccountAttempt>())
        {
            if (user.Email is { } email) entries.TryRemove((kind, AccountKeys.Email(email)), out _);
            if (user.PhoneNumber is { } phone) entries.TryRemove((kind, AccountKeys.Phone(phone)), out _);
        }
    }

    public static TimeSpan DelayAfter(int extraFailures, SignInLimits limits)
    {
        var factor = Math.Pow(2, Math.Min(extraFailures, 30));
        var delay = TimeSpan.FromSeconds(limits.FirstDelay.TotalSeconds * factor);
        return delay < limits.MaxDelay ? delay : limits.MaxDelay;
    }

    private static bool IsBudget(AccountAttempt kind) => kind is AccountAttempt.PhoneCodeSend or AccountAttempt.Registration;

    /// <summary>Now and then, drop accounts nobody tried for a while, so typing many names does not grow memory forever.</summary>
    private void Sweep(DateTimeOffset now, SignInLimits limits)
    {
        if (Interlocked.Increment(ref sinceSweep) % 1024 != 0) return;
        foreach (var (key, entry) in entries)
            lock (entry)
                if (now - entry.Last > limits.FailureMemory && entry.BlockedUntil <= now && entry.WindowStart + TimeSpan.FromHours(1) <= now)
                    entries.TryRemove(key, out _);
    }

    private sealed class Entry
    {
        public string? Stamp;
        public DateTimeOffset Last;
        public int Failures;
        public DateTimeOffset BlockedUntil;
        public DateTimeOffset WindowStart;
        public int Spent;

        public void Reset(string? stamp, DateTimeOffset now)
        {
            Stamp = stamp;
            Failures = 0;
            BlockedUntil = default;
            WindowStart = now;
            Spent = 0;
        }

        public TimeSpan? Spend(DateTimeOffset now, TimeSpan window, int permits)
        {
            if (now - WindowStart >= window)
            {
                WindowStart = now;
                Spent = 0;
            }
            if (Spent >= permits) return WindowStart + window - now;
            Spent++;
            return null;
        }
    }
}

/// <summary>How an account is named in the throttle: what the person typed, normalised as Identity stores it.</summary>
internal static class AccountKeys
{
    public static string Email(string email) => "email:" + email.Trim().ToUpperInvariant();

    /// <summary>An E.164 number, as <c>VietnamesePhone.Normalize</c> gives it.</summary>
    public static string Phone(string e164) => "phone:" + e164;
}
