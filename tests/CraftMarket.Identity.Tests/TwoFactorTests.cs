using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using OtpNet;
using CraftMarket.Testing;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Features.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

public sealed class TwoFactorTests(TwoFactorTests.App app) : IClassFixture<TwoFactorTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    [Fact]
    public async Task Once_enabled_an_authenticator_code_is_required_to_get_a_token()
    {
        var email = Api.UniqueEmail("inspector");
        await app.CreateUserAsync(email, null);
        var client = await app.ClientFor(null).SignedInAs(email);

        var setup = (await client.GetFromJsonAsync<AuthenticatorSetupView>("/api/auth/2fa/"))!;
        setup.Enabled.ShouldBeFalse();
        setup.AuthenticatorUri.ShouldStartWith($"otpauth://totp/CraftMarket:{Uri.EscapeDataString(email)}?secret=");
        setup.AuthenticatorUri.ShouldContain("&issuer=CraftMarket&", customMessage: "the platform host has no village brand to add");
        var totp = setup.Totp();

        var wrong = await client.PostAsJsonAsync("/api/auth/2fa/enable",
            new { code = "000000" == totp.ComputeTotp() ? "111111" : "000000", currentPassword = Auth.DemoPassword });
        await wrong.ProblemAsync(HttpStatusCode.BadRequest);
        var enabled = await client.PostAsJsonAsync("/api/auth/2fa/enable", new { code = totp.ComputeTotp(), currentPassword = Auth.DemoPassword });
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

    [Fact]
    public async Task Once_on_the_key_is_never_shown_again_and_enabling_again_is_refused()
    {
        var email = Api.UniqueEmail("export");
        await app.CreateUserAsync(email, null);
        var totp = await TwoFactorFlows.EnableAsync(app, email);

        var client = await app.ClientFor(null).BearerWithCode(email, totp);
        var after = (await client.GetFromJsonAsync<AuthenticatorSetupView>("/api/auth/2fa/"))!;
        after.Enabled.ShouldBeTrue();
        after.SharedKey.ShouldBeNull();
        after.AuthenticatorUri.ShouldBeNull();
        after.RecoveryCodesLeft.ShouldBe(10);
        (await client.GetStringAsync("/api/auth/2fa/")).ShouldNotContain("otpauth", Case.Insensitive);

        // A valid code and the right password still cannot mint a second set of recovery codes.
        var again = await client.PostAsJsonAsync("/api/auth/2fa/enable", new { code = totp.ComputeTotp(), currentPassword = Auth.DemoPassword });
        (await again.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("two_factor_already_on");
        (await client.GetFromJsonAsync<AuthenticatorSetupView>("/api/auth/2fa/"))!.RecoveryCodesLeft.ShouldBe(10);
    }

    [Fact]
    public async Task Switching_on_needs_the_current_password()
    {
        var email = Api.UniqueEmail("inspector");
        await app.CreateUserAsync(email, null);
        var client = await app.ClientFor(null).SignedInAs(email);
        var totp = (await client.GetFromJsonAsync<AuthenticatorSetupView>("/api/auth/2fa/"))!.Totp();

        var without = await client.PostAsJsonAsync("/api/auth/2fa/enable", new { code = totp.ComputeTotp() });
        (await without.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("currentPassword");
        var wrong = await client.PostAsJsonAsync("/api/auth/2fa/enable", new { code = totp.ComputeTotp(), currentPassword = "not my password" });
        (await wrong.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("currentPassword");

        (await client.GetFromJsonAsync<AuthenticatorSetupView>("/api/auth/2fa/"))!.Enabled.ShouldBeFalse();
        await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword });
    }

    [Fact]
    public async Task Turning_off_needs_the_password_and_discards_the_key_and_the_recovery_codes()
    {
        var email = Api.UniqueEmail("admin");
        await app.CreateUserAsync(email, null);
        var (totp, oldCodes, oldKey) = await TwoFactorFlows.EnableWithCodesAsync(app, email);
        var client = await app.ClientFor(null).BearerWithCode(email, totp);

        var wrong = await client.PostAsJsonAsync("/api/auth/2fa/disable", new { currentPassword = "not my password" });
        (await wrong.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("currentPassword");
        var off = await client.PostAsJsonAsync("/api/auth/2fa/disable", new { currentPassword = Auth.DemoPassword });
        off.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync("/api/auth/2fa/")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the security stamp changed: tokens end");

        // The password alone signs in again; a new setup shows a new key, and the old codes are gone for good.
        var fresh = await app.ClientFor(null).SignedInAs(email);
        var setup = (await fresh.GetFromJsonAsync<AuthenticatorSetupView>("/api/auth/2fa/"))!;
        setup.Enabled.ShouldBeFalse();
        setup.SharedKey.ShouldNotBe(oldKey);
        var offAgain = await fresh.PostAsJsonAsync("/api/auth/2fa/disable", new { currentPassword = Auth.DemoPassword });
        (await offAgain.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("two_factor_off");

        var newTotp = setup.Totp();
        (await fresh.PostAsJsonAsync("/api/auth/2fa/enable", new { code = newTotp.ComputeTotp(), currentPassword = Auth.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var byOldCode = await app.ClientFor(null).PostAsJsonAsync("/api/auth/login", new { email, password = Auth.DemoPassword, twoFactorCode = oldCodes[0] });
        await byOldCode.ProblemAsync(HttpStatusCode.Unauthorized);
        var byOldKey = await app.ClientFor(null).PostAsJsonAsync("/api/auth/login", new { email, password = Auth.DemoPassword, twoFactorCode = totp.ComputeTotp() });
        if (totp.ComputeTotp() != newTotp.ComputeTotp()) await byOldKey.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_and_the_old_ones_stop_working()
    {
        var email = Api.UniqueEmail("export");
        await app.CreateUserAsync(email, null);
        var (totp, oldCodes, _) = await TwoFactorFlows.EnableWithCodesAsync(app, email);
        var client = await app.ClientFor(null).BearerWithCode(email, totp);

        var wrong = await client.PostAsJsonAsync("/api/auth/2fa/recovery-codes", new { currentPassword = "not my password" });
        (await wrong.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("currentPassword");
        var made = await client.PostAsJsonAsync("/api/auth/2fa/recovery-codes", new { currentPassword = Auth.DemoPassword });
        made.StatusCode.ShouldBe(HttpStatusCode.OK);
        var newCodes = (await made.Content.ReadFromJsonAsync<RecoveryCodesView>())!.Codes;
        newCodes.Length.ShouldBe(10);
        newCodes.ShouldNotContain(oldCodes[1]);

        var byOld = await app.ClientFor(null).PostAsJsonAsync("/api/auth/login", new { email, password = Auth.DemoPassword, twoFactorCode = oldCodes[1] });
        await byOld.ProblemAsync(HttpStatusCode.Unauthorized);
        await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword, twoFactorCode = newCodes[1] });

        var log = (await client.GetFromJsonAsync<SecurityLogLineView[]>("/api/auth/security-log"))!;
        log.Select(l => l.Kind).ShouldContain("RecoveryCodesRegenerated");
        log.Select(l => l.Kind).ShouldContain("TwoFactorEnabled");
    }

    [Fact]
    public async Task Without_two_step_sign_in_there_are_no_recovery_codes_to_renew()
    {
        var email = Api.UniqueEmail("buyer");
        await app.CreateUserAsync(email, null);
        var client = await app.ClientFor(null).SignedInAs(email);
        var response = await client.PostAsJsonAsync("/api/auth/2fa/recovery-codes", new { currentPassword = Auth.DemoPassword });
        (await response.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("two_factor_off");
    }

    [Fact]
    public async Task An_account_without_a_password_cannot_switch_two_step_sign_in_on()
    {
        // Producers sign in by SMS code only; an authenticator would lock them out of that (the SMS sign-in refuses 2FA accounts).
        var user = await app.CreateUserAsync(null, Api.UniquePhone());
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
        user = (await users.FindByIdAsync(user.Id.ToString()))!;
        (await users.RemovePasswordAsync(user)).Succeeded.ShouldBeTrue();
        var authenticator = scope.ServiceProvider.GetRequiredService<Authenticator>();
        var key = (await authenticator.SetupAsync(user)).SharedKey!;
        var code = new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

        var enabled = await authenticator.EnableAsync(user, code, "");
        enabled.Error.ShouldBe(PasswordConfirmation.NoPassword);
        user.TwoFactorEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task The_new_routes_are_in_the_OpenAPI_document_with_their_problems()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(await app.ClientFor(null).GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var (path, method, statuses) in new[]
                 {
                     ("/api/auth/2fa/enable", "post", new[] { "200", "400", "409" }),
                     ("/api/auth/2fa/disable", "post", new[] { "204", "400", "409" }),
                     ("/api/auth/2fa/recovery-codes", "post", new[] { "200", "400", "409" }),
                     ("/api/auth/password/change", "post", new[] { "204", "400" }),
                     ("/api/auth/profile", "put", new[] { "200", "400" }),
                     ("/api/auth/security-log", "get", new[] { "200" }),
                 })
        {
            var responses = paths.GetProperty(path).GetProperty(method).GetProperty("responses");
            foreach (var status in statuses) responses.TryGetProperty(status, out _).ShouldBeTrue($"{method} {path} documents {status}");
            foreach (var status in statuses.Where(s => s[0] == '4'))
                responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _)
                    .ShouldBeTrue($"{method} {path} {status} is problem details");
        }
    }
}
