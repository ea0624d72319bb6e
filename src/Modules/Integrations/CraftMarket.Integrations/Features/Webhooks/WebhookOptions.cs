using System.Net;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>Bound from <c>CraftMarket:Webhooks</c>.</summary>
internal sealed class WebhookOptions
{
    /// <summary>
    /// The wait before each attempt: the first is sent at once, then 5 s, 5 min, 30 min, 2 h, 5 h and
    /// 10 h later (about 18 hours in all); after the last, the delivery has failed (a replay can still send it).
    /// </summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultSchedule =
        [TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
         TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10)];

    /// <summary>Another schedule (configuration: RetrySchedule:0, :1, ...); none: <see cref="DefaultSchedule"/>. (A default array would be appended to by the binder, not replaced.)</summary>
    public TimeSpan[]? RetrySchedule { get; set; }

    /// <summary>Failed attempts in a row (across deliveries) after which the endpoint is switched off and the admins told.</summary>
    public int DisableAfterFailures { get; set; } = 30;

    /// <summary>How long the previous secret keeps signing after a rotation.</summary>
    public TimeSpan SecretGracePeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long one attempt may take, connection and answer included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the sender looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// TESTS ONLY: addresses (IP literals) that may be targeted although private or loopback, over
    /// plain HTTP too. Empty in every real deployment: endpoints must be HTTPS on public addresses.
    /// </summary>
    public string[] TestReceiverAddresses { get; set; } = [];

    public bool IsTestReceiver(IPAddress address) =>
        TestReceiverAddresses.Any(a => IPAddress.TryParse(a, out var allowed) && allowed.Equals(address));

    /// <summary>The wait before attempt <paramref name="number"/> (1-based); null when there is no such attempt.</summary>
    public TimeSpan? DelayBefore(int number)
    {
        IReadOnlyList<TimeSpan> schedule = RetrySchedule is { Length: > 0 } custom ? custom : DefaultSchedule;
        return number >= 1 && number <= schedule.Count ? schedule[number - 1] : null;
    }
}
