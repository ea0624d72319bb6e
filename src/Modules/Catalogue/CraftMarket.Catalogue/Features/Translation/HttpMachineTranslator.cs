using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>
/// The association's HTTP translation service, spoken to as LibreTranslate's <c>POST /translate</c>
/// speaks: <c>{"q": [...], "source": "vi", "target": "en", "format": "text", "api_key": "..."}</c>
/// answered by <c>{"translatedText": [...]}</c>. One request per field set, bounded by a timeout.
/// </summary>
internal sealed class HttpMachineTranslator(CatalogueDb db, IHttpClientFactory http, MachineTranslationOptions options, ILogger<HttpMachineTranslator> log)
    : IMachineTranslator
{
    public const string Client = "catalogue-machine-translation";

    public async Task<bool> IsConfiguredAsync(CancellationToken ct) => await Settings(ct) is { IsOn: true };

    public async Task<MachineDrafts> TranslateAsync(IReadOnlyList<string> texts, string from, string to, CancellationToken ct)
    {
        if (await Settings(ct) is not { IsOn: true } settings) return MachineDrafts.Unavailable("No machine-translation service is configured.");
        if (MachineTranslationAddress.Check(settings.ServiceUrl!, options.AllowedHosts) is { } refused) return MachineDrafts.Unavailable(refused);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.CreateClient(Client).PostAsJsonAsync(settings.ServiceUrl,
                new Request(texts, from, to, "text", settings.ApiKey), timeout.Token);
            if (!response.IsSuccessStatusCode) return Failed($"The service answered {(int)response.StatusCode}.");
            var body = await response.Content.ReadFromJsonAsync<Response>(timeout.Token);
            if (body?.TranslatedText is not { } drafts || drafts.Count != texts.Count || drafts.Any(d => d is null))
                return Failed("The service answered something other than one translation per text.");
            return new MachineDrafts([.. drafts.Select(d => d!)], null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failed("The service did not answer in time.");
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or System.Text.Json.JsonException or NotSupportedException)
        {
            return Failed("The service could not be reached: " + e.Message);
        }
    }

    private MachineDrafts Failed(string problem)
    {
        log.LogWarning("Machine translation failed: {Problem}", problem);
        return MachineDrafts.Unavailable(problem);
    }

    private Task<MachineTranslationSettings?> Settings(CancellationToken ct) => db.MachineTranslation.AsNoTracking().FirstOrDefaultAsync(ct);

    private sealed record Request(
        [property: JsonPropertyName("q")] IReadOnlyList<string> Q,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("target")] string Target,
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("api_key")] string? ApiKey);

    private sealed record Response([property: JsonPropertyName("translatedText")] List<string?>? TranslatedText);
}
