using CraftMarket.Identity.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>The per-account throttle on its own, with a clock the test moves.</summary>
public sealed class AccountThrottleTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
    private readonly AccountThrottle throttle;

    public AccountThrottleTests()
    {
        var limits = new SignInLimits
        {
            FreeFailures = 3, FirstDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(4),
            FailureMemory = TimeSpan.FromHours(24), PhoneCodesPerHour = 2,
        };
        throttle = new AccountThrottle(clock, new FixedOptions(limits));
    }

    private static readonly string Account = AccountKeys.Email("Someone@Example.com ");

    [Fact]
    public void Guesses_beyond_the_free_ones_wait_a_delay_that_doubles_up_to_the_cap()
    {
        for (var i = 0; i < 3; i++) throttle.Admit(AccountAttempt.Password, Account, "stamp").ShouldBeNull();

        var waits = new List<TimeSpan?>();
        for (var i = 0; i < 5; i++)
        {
            var wait = throttle.Admit(AccountAttempt.Password, Account, "stamp");
            waits.Add(wait);
            clock.Advance(wait!.Value);
            throttle.Admit(AccountAttempt.Password, Account, "stamp").ShouldBeNull("the wait is over");
        }
        waits.ShouldBe([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(4)]);
    }

    [Fact]
    public void The_key_is_the_normalised_identifier_and_each_kind_counts_on_its_own()
    {
        for (var i = 0; i < 3; i++) throttle.Admit(AccountAttempt.Password, Account, null);
        throttle.Admit(AccountAttempt.Password, AccountKeys.Email("someone@example.COM"), null).ShouldNotBeNull();
        throttle.Admit(AccountAttempt.PhoneCode, Account, null).ShouldBeNull("a throttled password never holds back the SMS code");
    }

    [Fact]
    public void A_right_guess_or_a_new_security_stamp_starts_afresh()
    {
        for (var i = 0; i < 3; i++) throttle.Admit(AccountAttempt.Password, Account, "old");
        throttle.Admit(AccountAttempt.Password, Account, "old").ShouldNotBeNull();
        throttle.Admit(AccountAttempt.Password, Account, "after-reset").ShouldBeNull("a password reset changes the stamp");

        for (var i = 0; i < 2; i++) throttle.Admit(AccountAttempt.Password, Account, "after-reset");
        throttle.Succeeded(AccountAttempt.Password, Account);
        throttle.Admit(AccountAttempt.Password, Account, "after-reset").ShouldBeNull();
    }

    [Fact]
    public void Failures_are_forgotten_after_a_quiet_day()
    {
        for (var i = 0; i < 3; i++) throttle.Admit(AccountAttempt.Password, Account, null);
        clock.Advance(TimeSpan.FromHours(25));
        throttle.Admit(AccountAttempt.Password, Account, null).ShouldBeNull();
        throttle.Admit(AccountAttempt.Password, Account, null).ShouldBeNull();
    }

    [Fact]
    public void Texts_to_one_number_spend_an_hourly_budget()
    {
        var number = AccountKeys.Phone("+84912000111");
        throttle.Admit(AccountAttempt.PhoneCodeSend, number).ShouldBeNull();
        clock.Advance(TimeSpan.FromMinutes(10));
        throttle.Admit(AccountAttempt.PhoneCodeSend, number).ShouldBeNull();
        throttle.Admit(AccountAttempt.PhoneCodeSend, number).ShouldBe(TimeSpan.FromMinutes(50));
        clock.Advance(TimeSpan.FromMinutes(50));
        throttle.Admit(AccountAttempt.PhoneCodeSend, number).ShouldBeNull();
    }

    private sealed class FixedOptions(SignInLimits value) : IOptionsMonitor<SignInLimits>
    {
        public SignInLimits CurrentValue => value;
        public SignInLimits Get(string? name) => value;
        public IDisposable? OnChange(Action<SignInLimits, string?> listener) => null;
    }
}
