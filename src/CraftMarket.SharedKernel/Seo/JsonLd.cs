using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.SharedKernel.Seo;

/// <summary>
/// schema.org data for <c>&lt;script type="application/ld+json"&gt;</c> (data, not script, so the CSP
/// allows it). The encoder keeps Vietnamese readable but always escapes &lt; &gt; &amp;, so no text can
/// close the script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static JsonObject Thing(string type) => new() { ["@context"] = "https://schema.org", ["@type"] = type };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    /// <summary>The whole element, written raw: as a tag-helper attribute the type's "+" would be entity-encoded.</summary>
    public static HtmlString Script(JsonNode node) => new($"<script type=\"application/ld+json\">{Serialize(node)}</script>");

    /// <summary>The canonical, absolute address of an app path in the reader's language (what hreflang and the sitemap use).</summary>
    public static string Url(HttpContext http, string appPath)
    {
        var language = RequestLanguage.Of(http);
        return $"{http.Request.Scheme}://{http.Request.Host}{language.PathFor(language.Code, new PathString(appPath))}";
    }

    public static JsonObject ItemList(IEnumerable<(string Url, string Name)> items)
    {
        var list = Thing("ItemList");
        var elements = new JsonArray();
        var position = 0;
        foreach (var (url, name) in items)
            elements.Add(new JsonObject { ["@type"] = "ListItem", ["position"] = ++position, ["url"] = url, ["name"] = name });
        list["itemListElement"] = elements;
        return list;
    }
}
