using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Catalogue.Tests.Support;

/// <summary>
/// A LibreTranslate-style service on loopback: records each request's JSON and answers each text with
/// "[target] text", or the status, body or silence a test asks for.
/// </summary>
public sealed class TranslationServiceStub : IAsyncDisposable
{
    private readonly WebApplication app;

    private TranslationServiceStub(WebApplication app) => this.app = app;

    public ConcurrentQueue<JsonElement> Requests { get; } = new();
    public int Status { get; set; } = 200;
    public string? Answer { get; set; }
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;
    public string Url => app.Urls.First() + "/translate";

    public static async Task<TranslationServiceStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new TranslationServiceStub(builder.Build());
        stub.app.MapPost("/translate", async (HttpContext http) =>
        {
            var request = (await JsonDocument.ParseAsync(http.Request.Body)).RootElement.Clone();
            stub.Requests.Enqueue(request);
            if (stub.Delay > TimeSpan.Zero) await Task.Delay(stub.Delay);
            var target = request.GetProperty("target").GetString();
            var answer = stub.Answer ?? JsonSerializer.Serialize(new
            {
                translatedText = request.GetProperty("q").EnumerateArray().Select(q => $"[{target}] {q.GetString()}").ToArray(),
            });
            return Results.Text(answer, "application/json", statusCode: stub.Status);
        });
        await stub.app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
