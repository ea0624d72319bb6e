namespace CraftMarket.Notifications.Features.Channels.Zalo;

/// <summary>
/// The ZNS answer codes that trying again later can cure; every other non-zero code is about the
/// recipient, the template or its data and fails for good. From Zalo's published table
/// (zalo.cloud/zns/guidelines/handle-error-code); NOT checked against the live service.
/// </summary>
internal static class ZaloErrors
{
    private static readonly IReadOnlyDictionary<int, string> Retryable = new Dictionary<int, string>
    {
        [-100] = "unknown error at Zalo",
        [-115] = "the ZNS account is out of quota (balance)",
        [-124] = "the access token is invalid or expired (renew it in configuration)",
        [-133] = "ZNS may not be sent at night",
        [-144] = "the Official Account reached its daily ZNS limit",
    };

    public static bool IsRetryable(int code) => Retryable.ContainsKey(code);

    public static string Describe(int code, string? message) =>
        Retryable.TryGetValue(code, out var why) ? $"Zalo ZNS error {code}: {message} ({why})" : $"Zalo ZNS error {code}: {message}";

    /// <summary>HTTP answers worth another try: throttled, timed out, or the provider's own failure.</summary>
    public static bool IsRetryableStatus(int status) => status is 408 or 429 or >= 500;
}
