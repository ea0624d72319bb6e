using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Contracts;
using Shouldly;

namespace CraftMarket.Testing;

/// <summary>
/// The households' phones: every text the platform sends, by number. Stands in for the SMS
/// gateway only; what gets texted, and when, is still decided by the real Identity module.
/// </summary>
public sealed partial class TextMessages : ISmsSender
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> inbox = new();

    public Task SendAsync(string phoneE164, string text, CancellationToken ct)
    {
        inbox.GetOrAdd(phoneE164, _ => new()).Enqueue(text);
        return Task.CompletedTask;
    }

    public IReadOnlyList<string> To(string phoneE164) => inbox.TryGetValue(phoneE164, out var texts) ? [.. texts] : [];

    /// <summary>Texts sent by background consumers arrive after the request that caused them: poll for them.</summary>
    public async Task WaitForCount(string phoneE164, int count)
    {
        for (var i = 0; i < 200 && To(phoneE164).Count < count; i++) await Task.Delay(50);
        To(phoneE164).Count.ShouldBeGreaterThanOrEqualTo(count, $"texts to {phoneE164}");
    }

    public static string Code(string text) =>
        SixDigits().Match(text) is { Success: true } code ? code.Value : throw new ShouldAssertException($"No sign-in code in “{text}”.");

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
