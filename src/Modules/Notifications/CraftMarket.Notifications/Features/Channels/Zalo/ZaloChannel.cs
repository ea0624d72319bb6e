using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Notifications.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Notifications.Features.Channels.Zalo;

/// <summary>
/// Zalo ZNS behind the channel interface: one HTTP POST per message to the send endpoint with the
/// phone (84…), the category's approved template id, its parameters and the delivery id as tracking id,
/// the access token in the <c>access_token</c> header. Zalo answers HTTP 200 with <c>error</c> 0 and the
/// message id, or a negative code that <see cref="ZaloErrors"/> sorts into worth retrying or not.
/// Off (every send refused for good, nothing contacted) until a token is configured.
/// </summary>
internal sealed class ZaloChannel(HttpClient http, IOptionsMonitor<ZaloSettings> options, ILogger<ZaloChannel> log) : INotificationChannel
{
    public Channel Channel => Channel.Zalo;

    public async Task<ChannelResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        if (!settings.IsConfigured) return ChannelResult.Failed("Zalo ZNS is not configured.", retryable: false);
        if (settings.TemplateFor(message.Category) is not { } template)
            return ChannelResult.Failed($"No Zalo ZNS template is configured for {message.Category}.", retryable: false);
        if (ZaloPhone(message.Address) is not { } phone)
            return ChannelResult.Failed("Zalo ZNS reaches Vietnamese mobile numbers only.", retryable: false);

        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = JsonContent.Create(Body(phone, template, message, settings.DevelopmentMode)),
        };
        request.Headers.TryAddWithoutValidation("access_token", settings.AccessToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
                return Failed(message, $"Zalo ZNS answered HTTP {(int)response.StatusCode}: {Short(text)}", ZaloErrors.IsRetryableStatus((int)response.StatusCode));
            return Read(message, text);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failed(message, $"Zalo ZNS did not answer within {settings.Timeout}.", retryable: true);
        }
        catch (HttpRequestException e)
        {
            return Failed(message, $"Zalo ZNS could not be reached: {e.Message}", retryable: true);
        }
    }

    private ChannelResult Read(OutgoingMessage message, string text)
    {
        try
        {
            using var answer = JsonDocument.Parse(text);
            var root = answer.RootElement;
            var code = root.TryGetProperty("error", out var error) && error.TryGetInt32(out var number) ? number : (int?)null;
            var said = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            if (code == 0)
                return ChannelResult.Ok(root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty("msg_id", out var id) ? id.ToString() : null);
            if (code is { } refused) return Failed(message, ZaloErrors.Describe(refused, said), ZaloErrors.IsRetryable(refused));
        }
        catch (JsonException) { /* below */ }
        return Failed(message, $"Zalo ZNS answered something unexpected: {Short(text)}", retryable: true);
    }

    private ChannelResult Failed(OutgoingMessage message, string error, bool retryable)
    {
        log.LogWarning("Zalo ZNS delivery {Delivery} NOT sent ({Retry}): {Error}", message.DeliveryId, retryable ? "will retry" : "final", error);
        return ChannelResult.Failed(error, retryable);
    }

    private static Dictionary<string, object> Body(string phone, ZaloTemplate template, OutgoingMessage message, bool development)
    {
        var map = template.Params.Count > 0 ? template.Params
            : new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = "title", ["content"] = "body", ["link"] = "link" };
        var data = map.ToDictionary(p => p.Key, p => ValueOf(p.Value, message), StringComparer.Ordinal);
        var body = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["phone"] = phone,
            ["template_id"] = template.TemplateId,
            ["template_data"] = data,
            ["tracking_id"] = message.DeliveryId.ToString("N"),
        };
        if (development) body["mode"] = "development";
        return body;
    }

    private static string ValueOf(string source, OutgoingMessage message) => source.ToLowerInvariant() switch
    {
        "title" => message.Title,
        "body" => message.Body,
        "link" => message.Link ?? "",
        "category" => message.Category,
        _ => "",
    };

    /// <summary>"+84912345678" or "0912345678" → "84912345678", the form ZNS takes; null for other countries or nonsense.</summary>
    internal static string? ZaloPhone(string address)
    {
        var digits = address.Trim();
        digits = digits.StartsWith("+84", StringComparison.Ordinal) ? "84" + digits[3..]
            : digits.StartsWith('0') ? "84" + digits[1..]
            : digits;
        return digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is >= 11 and <= 12 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
