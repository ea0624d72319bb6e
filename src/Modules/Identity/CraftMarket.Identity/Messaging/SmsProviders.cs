using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CraftMarket.Identity.Messaging;

/// <summary>
/// The request shapes the SMS gateway adapter knows, chosen by <c>CraftMarket:Sms:Provider</c>:
/// <list type="bullet">
/// <item><c>generic</c>: POST {Url} with <c>{"to": "+84…", "text": "…", "sender": "…"}</c>, the key in a
/// configurable header; any 2xx is a success. Fits most gateways and relays (and a self-hosted bridge).</item>
/// <item><c>esms</c>: eSMS.vn's JSON API (SendMultipleMessage_V4_post_json: ApiKey, SecretKey, Phone, Content,
/// Brandname, SmsType 2); success is a 2xx whose body has <c>CodeResult</c> "100". Written from the
/// provider's public documentation and tested only against a local stub: verify with a real account first.</item>
/// </list>
/// </summary>
internal static class SmsProviders
{
    public const string Generic = "generic";
    public const string Esms = "esms";
    public static readonly IReadOnlyList<string> All = [Generic, Esms];

    public static bool IsKnown(string? name) => All.Contains(name ?? "", StringComparer.OrdinalIgnoreCase);

    public static HttpRequestMessage Request(SmsGatewaySettings s, string phoneE164, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, s.Url);
        if (string.Equals(s.Provider, Esms, StringComparison.OrdinalIgnoreCase))
        {
            request.Content = JsonContent.Create(new JsonObject
            {
                ["ApiKey"] = s.ApiKey, ["SecretKey"] = s.SecretKey,
                ["Phone"] = NationalNumber(phoneE164), ["Content"] = text,
                ["Brandname"] = s.Sender, ["SmsType"] = "2", ["IsUnicode"] = "0",
            });
            return request;
        }
        request.Content = JsonContent.Create(new JsonObject { ["to"] = phoneE164, ["text"] = text, ["sender"] = s.Sender });
        if (!string.IsNullOrEmpty(s.ApiKey))
        {
            if (string.Equals(s.ApiKeyHeader, "Authorization", StringComparison.OrdinalIgnoreCase))
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", s.ApiKey);
            else
                request.Headers.TryAddWithoutValidation(s.ApiKeyHeader, s.ApiKey);
        }
        return request;
    }

    /// <summary>Null when the gateway took the message; otherwise why not, for the log.</summary>
    public static string? Refusal(SmsGatewaySettings s, int status, string body)
    {
        if (status is < 200 or > 299) return $"HTTP {status}: {Shorten(body)}";
        if (!string.Equals(s.Provider, Esms, StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            var code = JsonNode.Parse(body)?["CodeResult"]?.ToString();
            return code == "100" ? null : $"eSMS CodeResult {code ?? "(none)"}: {Shorten(body)}";
        }
        catch (JsonException) { return $"eSMS answered a body that is not JSON: {Shorten(body)}"; }
    }

    // +84901234567 -> 0901234567, the form eSMS's examples use.
    private static string NationalNumber(string e164) =>
        e164.StartsWith("+84", StringComparison.Ordinal) ? "0" + e164[3..] : e164.TrimStart('+');

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300];
}
