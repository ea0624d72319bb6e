using Shouldly;
using System.Text.RegularExpressions;

namespace CraftMarket.Testing;

/// <summary>Posts a page's form as a browser would: antiforgery token from the rendered page, cookie from the GET.</summary>
public static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields,
        string? postUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = AntiforgeryField().Match(page);
        token.Success.ShouldBeTrue($"{pageUrl} renders a form with an antiforgery token");
        return await client.PostFormAsync(postUrl ?? pageUrl, fields, token.Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string token) =>
        client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));

    public static string Antiforgery(string html) => AntiforgeryField().Match(html).Groups[1].Value;
}

public static class Browser
{
    /// <summary>Signs in through the /account/login page, as a person would; the client keeps the cookie.</summary>
    public static async Task<HttpClient> SignedInWithCookie(this HttpClient client, string login, string password = Auth.DemoPassword)
    {
        var response = await client.SubmitAsync("/account/login", new Dictionary<string, string> { ["Login"] = login, ["Password"] = password });
        ((int)response.StatusCode).ShouldBeInRange(300, 399, "a successful sign-in redirects");
        return client;
    }
}
