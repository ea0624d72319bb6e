using System.Text.Json;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Hosting;
using Microsoft.Extensions.Hosting;

namespace CraftMarket.Identity.Messaging;

/// <summary>One text or e-mail as the dev mailbox recorded it.</summary>
internal sealed record MailboxMessage(string Channel, string To, string? Subject, string Body, DateTimeOffset SentAt);

/// <summary>
/// The Development stand-in for SMS and e-mail: nothing leaves the machine, every message is appended
/// as one JSON line to mailbox/messages.jsonl in the data directory, where developers read it at
/// /dev/mailbox. Sign-in codes and reset links must never land on disk anywhere else, so outside
/// Development (the test hosts, which put it in place of the real senders) it keeps them in memory only.
/// Real delivery: <see cref="SmtpEmailSender"/> and <see cref="HttpSmsSender"/> (see <see cref="MessagingSetup"/>).
/// </summary>
internal sealed class DevMailbox(DataDirectory data, TimeProvider clock, IHostEnvironment environment) : ISmsSender, IEmailSender, IDisposable
{
    private const int KeptInMemory = 1000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<MailboxMessage> memory = [];
    private bool OnDisk => environment.IsDevelopment();
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
            if (!OnDisk) return [.. memory];
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
            if (!OnDisk)
            {
                if (memory.Count == KeptInMemory) memory.RemoveAt(0);
                memory.Add(message);
                return;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, JsonSerializer.Serialize(message, Json) + "\n", ct);
        }
        finally { gate.Release(); }
    }
}
