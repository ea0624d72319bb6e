using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CraftMarket.Testing;

/// <summary>Signs a client in through the public API, as an API user would.</summary>
public static class Auth
{
    public const string DemoPassword = "CraftMarket!2026";
    public const string PlatformAdmin = "admin@craftmarket.local";
    public static string AssociationAdmin(string slug) => $"admin@{slug}.craftmarket.local";

    public static async Task<HttpClient> SignedInAs(this HttpClient client, string email, string password = DemoPassword)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}
