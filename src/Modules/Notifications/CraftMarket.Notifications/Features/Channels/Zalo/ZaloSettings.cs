namespace CraftMarket.Notifications.Features.Channels.Zalo;

/// <summary>
/// The Zalo Notification Service (section <c>CraftMarket:Notifications:Zalo</c>): off unless an access
/// token is set. Each category that may go out by Zalo names its approved template and what fills
/// each of the template's parameters ("title", "body", "link", "category"); "default" serves any
/// category without its own. Read on every send, so a renewed token applies without a restart.
/// </summary>
internal sealed class ZaloSettings
{
    public const string Section = "CraftMarket:Notifications:Zalo";
    public const string DefaultUrl = "https://business.openapi.zalo.me/message/template";
    public const string DefaultTemplate = "default";

    /// <summary>The ZNS send endpoint (phone number, template id, template data).</summary>
    public string Url { get; set; } = DefaultUrl;

    /// <summary>The Official Account's access token, sent in the <c>access_token</c> header.</summary>
    public string? AccessToken { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Send through the development endpoint's mode (<c>"mode": "development"</c>): only the OA's admins receive it.</summary>
    public bool DevelopmentMode { get; set; }

    public Dictionary<string, ZaloTemplate> Templates { get; set; } = new(StringComparer.Ordinal);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AccessToken);

    public ZaloTemplate? TemplateFor(string category) =>
        Templates.TryGetValue(category, out var own) && own.TemplateId.Length > 0 ? own
        : Templates.TryGetValue(DefaultTemplate, out var any) && any.TemplateId.Length > 0 ? any
        : null;
}

/// <summary>An approved ZNS template and where each of its parameters comes from.</summary>
internal sealed class ZaloTemplate
{
    public string TemplateId { get; set; } = "";

    /// <summary>Template parameter → "title", "body", "link" or "category" (default: title, content = body, link).</summary>
    public Dictionary<string, string> Params { get; set; } = new(StringComparer.Ordinal);
}
