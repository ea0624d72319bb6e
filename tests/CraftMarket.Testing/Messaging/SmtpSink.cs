using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Shouldly;

namespace CraftMarket.Testing;

/// <summary>A real SMTP server in-process (the SmtpServer package) that requires a login and keeps what it receives.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string User = "mailer";
    public const string Password = "smtp-secret";

    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    public SmtpSink()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AuthenticationRequired(true).AllowUnsecureAuthentication(true))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Login());
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<(IReadOnlyList<string> Recipients, MimeMessage Message)> Received { get; } = new();

    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Received.FirstOrDefault(r => match(r.Message)) is { Message: { } found }) return found;
            await Task.Delay(50);
        }
        throw new ShouldAssertException("The SMTP server received no matching message.");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { /* stopped */ }
        stop.Dispose();
    }

    private static int FreePort() => LoopbackPorts.Free();

    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            sink.Received.Enqueue(([.. transaction.To.Select(m => $"{m.User}@{m.Host}")], message));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Login : IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken token) =>
            Task.FromResult(user == User && password == Password);
    }
}
