using System.Net;
using System.Net.Http.Json;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using OtpNet;

namespace CraftMarket.Identity.Tests.Support;

public sealed record AuthenticatorSetupView(bool Enabled, string? SharedKey, string? AuthenticatorUri, int RecoveryCodesLeft)
{
    public Totp Totp() => TwoFactorFlows.TotpFor(SharedKey!);
}

public sealed record RecoveryCodesView(string[] Codes);

public sealed record SecurityLogLineView(DateTimeOffset At, string Kind, string? IpAddress, string? UserAgent, string? Detail);

/// <summary>Switches an authenticator on through the public API, as the owner would.</summary>
internal static class TwoFactorFlows
{
    /// <summary>The key as shown (lower case, in groups of four) back to the bytes an authenticator app uses.</summary>
    public static Totp TotpFor(string sharedKey) =>
        new(Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()));

    public static async Task<Totp> EnableAsync<T>(WebApplicationFactory<T> app, string email) where T : class =>
        (await EnableWithCodesAsync(app, email)).Totp;

    public static async Task<(Totp Totp, string[] Codes, string Key)> EnableWithCodesAsync<T>(WebApplicationFactory<T> app, string email)
        where T : class
    {
        var client = app.CreateClient();
        await client.SignedInAs(email);
        var setup = (await client.GetFromJsonAsync<AuthenticatorSetupView>("/api/auth/2fa/"))!;
        var totp = setup.Totp();
        var enabled = await client.PostAsJsonAsync("/api/auth/2fa/enable", new { code = totp.ComputeTotp(), currentPassword = Auth.DemoPassword });
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK, await enabled.Content.ReadAsStringAsync());
        return (totp, (await enabled.Content.ReadFromJsonAsync<RecoveryCodesView>())!.Codes, setup.SharedKey!);
    }

    /// <summary>A bearer token for an account with an authenticator (password plus the current code).</summary>
    public static async Task<HttpClient> BearerWithCode(this HttpClient client, string email, Totp totp) =>
        client.Bearer(await client.LoginAsync(new { email, password = Auth.DemoPassword, twoFactorCode = totp.ComputeTotp() }));
}
