using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Testing;

namespace CraftMarket.Catalogue.Tests.Support;

/// <summary>Demo producer accounts (src/Modules/Identity/DEMO_ACCOUNTS.md): phone + the demo password.</summary>
public static class Producers
{
    public const string MinhHai = "+84912345601";        // Bat Trang, Công ty TNHH Gốm sứ Minh Hải
    public const string PhamThiLan = "+84904118273";     // Bat Trang, Gốm men rạn Phạm Thị Lan
    public const string LuaVanPhuc = "+84913442118";     // Van Phuc, Công ty CP Lụa Vạn Phúc Hà Đông

    public static async Task<HttpClient> SignedInWithPhone(this HttpClient client, string phone, string password = Auth.DemoPassword)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { phone, password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}
