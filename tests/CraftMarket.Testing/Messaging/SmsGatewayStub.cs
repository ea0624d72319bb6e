using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Shouldly;

namespace CraftMarket.Testing;

public sealed record StubRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// An SMS gateway on loopback (Kestrel in-process): records every request and answers what the test
/// asks for (a status and body, or silence longer than the sender's timeout).
/// </summary>
public sealed class SmsGatewayStub : IAsyncDisposable
{
    private readonly WebApplication app;

    private SmsGatewayStub(WebApplication app) => this.app = app;

    public ConcurrentQueue<StubRequest> Requests { get; } = new();
    public int Status { get; set; } = 200;
    public string Answer { get; set; } = "{}";
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;
    public string Url => app.Urls.First() + "/sms";

    public static async Task<SmsGatewayStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new SmsGatewayStub(builder.Build());
        stub.app.MapPost("/sms", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            stub.Requests.Enqueue(new StubRequest(http.Request.Path, http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            if (stub.Delay > TimeSpan.Zero) await Task.Delay(stub.Delay);
            return Results.Text(stub.Answer, "application/json", statusCode: stub.Status);
        });
        await stub.app.StartAsync();
        return stub;
    }

    public async Task<StubRequest> WaitForRequestAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            if (Requests.TryPeek(out var request)) return request;
            await Task.Delay(50);
        }
        throw new ShouldAssertException("The SMS gateway stub received no request.");
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
