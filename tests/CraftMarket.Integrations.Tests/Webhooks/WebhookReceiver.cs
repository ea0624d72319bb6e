using CraftMarket.Testing;
using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace CraftMarket.Integrations.Tests.Webhooks;

/// <summary>One call the receiver got: what arrived, and which of its secrets verified the signature.</summary>
public sealed record ReceivedCall(string Path, string Body, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<string> VerifiedWith, int AnsweredWith)
{
    public string Id => Headers["webhook-id"];
}

/// <summary>
/// An integrator's system as the tests play it: a Kestrel server on 127.0.0.2 (loopback, plain HTTP:
/// the one address the test configuration exempts from the HTTPS and public-address rules, see
/// IntegrationsApp) that verifies every call with the StandardWebhooks package against the secrets
/// each path was given, answers 401 when none verifies (forged, tampered, stale), and otherwise the
/// status codes scripted for the path (then 200).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Address = "127.0.0.2";

    private readonly ConcurrentDictionary<string, string[]> secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedCall> calls = new();
    private WebApplication? app;

    public int Port { get; private set; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(Address), 0));
        var app = builder.Build();
        app.MapPost("/hooks/{name}", receiver.HandleAsync);
        await app.StartAsync();
        receiver.app = app;
        receiver.Port = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return receiver;
    }

    /// <summary>A new path for one test, verifying with <paramref name="accepted"/>, answering <paramref name="answers"/> first.</summary>
    public string Path(string name, params int[] answers)
    {
        var path = $"{name}-{Guid.NewGuid():N}";
        scripts[path] = new ConcurrentQueue<int>(answers);
        secrets[path] = [];
        return path;
    }

    public string Url(string path) => $"http://{Address}:{Port}/hooks/{path}";

    public void Accept(string path, params string[] accepted) => secrets[path] = accepted;

    public IReadOnlyList<ReceivedCall> CallsTo(string path) => [.. calls.Where(c => c.Path == path)];

    public Task<IReadOnlyList<ReceivedCall>> WaitForAsync(string path, Func<IReadOnlyList<ReceivedCall>, bool> done, int seconds = 30) =>
        Eventually.ReadAsync(() => Task.FromResult(CallsTo(path)), done, TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(50));

    /// <summary>
    /// True when <paramref name="secret"/> verifies the call (the package checks the timestamp's tolerance and
    /// the signature over id, timestamp and body). A call may carry several signatures (during a rotation);
    /// StandardWebhooks 1.1.2 compares only the first of several (its loop re-reads the whole header for the
    /// last one), so each is handed to it on its own, as the specification means: any one verifying suffices.
    /// </summary>
    public static bool Verifies(string secret, string body, IHeaderDictionary headers)
    {
        foreach (var signature in headers["webhook-signature"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var one = new HeaderDictionary
            {
                ["webhook-id"] = headers["webhook-id"], ["webhook-timestamp"] = headers["webhook-timestamp"], ["webhook-signature"] = signature,
            };
            try
            {
                new StandardWebhook(secret).Verify(body, one);
                return true;
            }
            catch (WebhookVerificationException)
            {
                // Not this one: try the next signature.
            }
        }
        return false;
    }

    private async Task<IResult> HandleAsync(string name, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var verified = (secrets.TryGetValue(name, out var known) ? known : []).Where(s => Verifies(s, body, context.Request.Headers)).ToList();
        var status = verified.Count == 0 ? 401
            : scripts.TryGetValue(name, out var script) && script.TryDequeue(out var scripted) ? scripted : 200;
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);
        calls.Enqueue(new ReceivedCall(name, body, headers, verified, status));
        return Results.Text(status == 401 ? "signature refused" : $"answer {status}", statusCode: status);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
