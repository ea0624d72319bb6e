using CraftMarket.Identity.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Messaging;

/// <summary>
/// Texts through the configured HTTP gateway (<see cref="SmsProviders"/> for the shapes). A refusal
/// (non-2xx, a provider error code) or a timeout is logged as an error and not thrown: the person
/// gets the same answer whether or not their number has an account, and asks for a new code.
/// </summary>
internal sealed class HttpSmsSender(HttpClient http, IOptions<SmsGatewaySettings> options, ILogger<HttpSmsSender> log) : ISmsSender
{
    public const string Client = "craftmarket-sms";

    public async Task SendAsync(string phoneE164, string text, CancellationToken ct)
    {
        var settings = options.Value;
        try
        {
            using var request = SmsProviders.Request(settings, phoneE164, text);
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (SmsProviders.Refusal(settings, (int)response.StatusCode, body) is { } refusal)
                log.LogError("Text to {Phone} was NOT sent: the {Provider} gateway refused it: {Refusal}",
                    Masked.Phone(phoneE164), settings.Provider, refusal);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            log.LogError("Text to {Phone} was NOT sent: the {Provider} gateway did not answer within {Timeout}",
                Masked.Phone(phoneE164), settings.Provider, settings.Timeout);
        }
        catch (HttpRequestException e)
        {
            log.LogError(e, "Text to {Phone} was NOT sent: the {Provider} gateway could not be reached: {Reason}",
                Masked.Phone(phoneE164), settings.Provider, e.Message);
        }
    }
}
