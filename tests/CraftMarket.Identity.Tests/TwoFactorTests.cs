using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using OtpNet;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

public sealed class TwoFactorTests(TwoFactorTests.App app) : IClassFixture<TwoFactorTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    private sealed record Setup(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

    private sealed record RecoveryCodesView(string[] Codes);

    [Fact]
    public async Task Once_enabled_an_authenticator_code_is_required_to_get_a_token()
    {
        var email = Api.UniqueEmail("inspector");
        await app.CreateUserAsync(email, null);
        var client = await app.ClientFor(null).SignedInAs(email);

        var setup = (await client.GetFromJsonAsync<Setup>("/api/auth/2fa/"))!;
        setup.Enabled.ShouldBeFalse();
        setup.AuthenticatorUri.ShouldStartWith("otpauth://totp/");
        var totp = new Totp(Base32Encoding.ToBytes(setup.SharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()));

        var wrong = await client.PostAsJsonAsync("/api/auth/2fa/enable", new { code = "000000" == totp.ComputeTotp() ? "111111" : "000000" });
        await wrong.ProblemAsync(HttpStatusCode.BadRequest);
        var enabled = await client.PostAsJsonAsync("/api/auth/2fa/enable", new { code = totp.ComputeTotp() });
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var recovery = (await enabled.Content.ReadFromJsonAsync<RecoveryCodesView>())!.Codes;
        recovery.Length.ShouldBe(10);

        var anonymous = app.ClientFor(null);
        var withoutCode = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = Auth.DemoPassword });
        (await withoutCode.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldContain("authenticator");
        var badCode = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = Auth.DemoPassword, twoFactorCode = "12345x" });
        await badCode.ProblemAsync(HttpStatusCode.Unauthorized);

        var token = await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword, twoFactorCode = totp.ComputeTotp() });
        token.AccessToken.ShouldNotBeNullOrEmpty();
        var byRecovery = await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword, twoFactorCode = recovery[0] });
        byRecovery.AccessToken.ShouldNotBeNullOrEmpty();
    }
}
