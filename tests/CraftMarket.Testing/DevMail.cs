using CraftMarket.Identity.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Testing;

/// <summary>
/// What the site "sent" through the in-memory dev mailbox, for test projects that cannot see
/// Identity's internals (outside Development the mailbox keeps nothing on disk: ADR 32).
/// </summary>
public static class DevMail
{
    public sealed record Sent(string To, string? Subject, string Body);

    /// <summary>The latest message to <paramref name="to"/> (that <paramref name="match"/> accepts), once it has arrived.</summary>
    public static async Task<Sent> WaitForAsync(CraftMarketApp app, string to, Func<Sent, bool>? match = null)
    {
        for (var i = 0; i < 100; i++)
        {
            var found = await AllAsync(app, to, match ?? (_ => true));
            if (found.Count > 0) return found[^1];
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"No message to {to} arrived in the dev mailbox.");
    }

    /// <summary>Every message sent to <paramref name="to"/> so far that <paramref name="match"/> accepts (none yet: empty).</summary>
    public static async Task<IReadOnlyList<Sent>> AllAsync(CraftMarketApp app, string to, Func<Sent, bool> match)
    {
        var mailbox = app.Services.GetRequiredService<DevMailbox>();
        return [.. (await mailbox.ReadAllAsync()).Where(m => m.To == to).Select(m => new Sent(m.To, m.Subject, m.Body)).Where(match)];
    }
}
