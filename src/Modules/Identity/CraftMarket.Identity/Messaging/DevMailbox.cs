using System.Text.Json;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Hosting;

namespace CraftMarket.Identity.Messaging;

/// <summary>One text or e-mail as the dev mailbox recorded it.</summary>
internal sealed record MailboxMessage(string Channel, string To, string? Subject, string Body, DateTimeOffset SentAt);

/// <summary>
/// The embedded default for SMS and e-mail: nothing leaves the machine, every message is appended
/// as one JSON line to mailbox/messages.jsonl in the data directory, where developers (at
/// /dev/mailbox) and tests read it. A real gateway replaces <see cref="ISmsSender"/>/<see cref="IEmailSender"/>.
/// </summary>
internal sealed class DevMailbox(DataDirectory data, TimeProvider clock) : ISmsSender, IEmailSender, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim gate = new(1, 1);
    private string FilePath => Path.Combine(data.Path, "mailbox", "messages.jsonl");

    public Task SendAsync(string phoneE164, string text, CancellationToken ct) =>
        AppendAsync(new MailboxMessage("sms", phoneE164, null, text, clock.GetUtcNow()), ct);

    public Task SendAsync(string to, string subject, string textBody, CancellationToken ct) =>
        AppendAsync(new MailboxMessage("email", to, subject, textBody, clock.GetUtcNow()), ct);

    public async Task<IReadOnlyList<MailboxMessage>> ReadAllAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (!File.Exists(FilePath)) return [];
            var lines = await File.ReadAllLinesAsync(FilePath, ct);
            return [.. lines.Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<MailboxMessage>(l, Json)!)];
        }
        finally { gate.Release(); }
    }

    public void Dispose() => gate.Dispose();

    private async Task AppendAsync(MailboxMessage message, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, JsonSerializer.Serialize(message, Json) + "\n", ct);
        }
        finally { gate.Release(); }
    }
}
