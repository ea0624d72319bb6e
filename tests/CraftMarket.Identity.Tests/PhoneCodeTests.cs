using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Tests.Support;

namespace CraftMarket.Identity.Tests;

public sealed partial class PhoneCodeTests(PhoneCodeTests.App app) : IClassFixture<PhoneCodeTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex SixDigits();

    [Fact]
    public async Task A_texted_code_signs_a_producer_in_once()
    {
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        var client = app.ClientFor(null);

        var sent = await client.PostAsJsonAsync("/api/auth/phone/code", new { phone });
        sent.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var sms = await app.WaitForMessageAsync(m => m.Channel == "sms" && m.To == phone);
        sms.Body.ShouldContain("ma dang nhap", Case.Insensitive);   // producers default to Vietnamese
        var code = SixDigits().Match(sms.Body).Groups[1].Value;

        var login = await client.PostAsJsonAsync("/api/auth/phone/login", new { phone, code });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
        var token = (await login.Content.ReadFromJsonAsync<Token>())!;
        (await app.ClientFor(null).Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me"))!.Phone.ShouldBe(phone);

        var replay = await client.PostAsJsonAsync("/api/auth/phone/login", new { phone, code });
        await replay.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Asking_again_within_30_seconds_sends_no_second_text()
    {
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        var client = app.ClientFor(null);
        (await client.PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await client.PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await app.WaitForMessageAsync(m => m.To == phone);
        (await app.MailboxAsync()).Count(m => m.To == phone).ShouldBe(1);
    }

    [Fact]
    public async Task A_wrong_code_is_refused()
    {
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        var response = await app.ClientFor(null).PostAsJsonAsync("/api/auth/phone/login", new { phone, code = "not-a-code" });
        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unknown_numbers_also_get_202_but_no_text()
    {
        var phone = Api.UniquePhone();
        var response = await app.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone });
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Task.Delay(200);
        (await app.MailboxAsync()).ShouldNotContain(m => m.To == phone);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("+1 415 555 2671")]     // a valid US number: not accepted for producers
    [InlineData("")]
    public async Task Numbers_that_are_not_Vietnamese_are_a_400_with_a_clear_message(string phone)
    {
        var response = await app.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!["phone"].Single().ShouldContain("Vietnamese");
    }
}
