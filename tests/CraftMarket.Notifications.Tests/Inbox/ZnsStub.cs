using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Notifications.Tests.Inbox;

/// <summary>
/// Zalo's ZNS send endpoint on loopback (Kestrel in-process): records each request (headers, body) and
/// answers what the test sets, by default the documented success shape.
/// </summary>
internal sealed class ZnsStub : IAsyncDisposable
{
    public const string Success = """{"error":0,"message":"Success","data":{"msg_id":"a4b1e2c3d4e5f6a7b8c9","sent_time":"1733558400000","quota":{"dailyQuota":"500","remainingQuota":"499"}}}""";

    private readonly WebApplication app;

    private ZnsStub(WebApplication app) => this.app = app;

    public sealed record Received(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

    public ConcurrentQueue<Received> Requests { get; } = new();
    public int Status { get; set; } = 200;
    public string Answer { get; set; } = Success;
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;
    public string Url => app.Urls.First() + "/message/template";

    public static async Task<ZnsStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new ZnsStub(builder.Build());
        stub.app.Map("/message/template", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            stub.Requests.Enqueue(new Received(http.Request.Method, http.Request.Path,
                http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            if (stub.Delay > TimeSpan.Zero) await Task.Delay(stub.Delay);
            return Results.Text(stub.Answer, "application/json", statusCode: stub.Status);
        });
        await stub.app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
