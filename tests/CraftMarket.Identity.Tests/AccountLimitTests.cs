using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>
/// Per-account limits hold when every attempt comes from a different address: texts to one number,
/// codes tried on one number, registrations of one e-mail. A number or address nobody has answers alike.
/// </summary>
public sealed class AccountLimitTests(AccountLimitTests.App app) : IClassFixture<AccountLimitTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false, extra: new Dictionary<string, string?>
    {
        ["CraftMarket:Identity:FreeFailures"] = "3",
        ["CraftMarket:Identity:PhoneCodesPerHour"] = "3",
        ["CraftMarket:Identity:RegistrationsPerHour"] = "2",
    });

    private static int peer;

    /// <summary>Each call a client from a fresh address, so only the per-account limit can stop it.</summary>
    private HttpClient FreshClient() => app.ClientFor(null).From($"198.51.100.{Interlocked.Increment(ref peer) % 250 + 1}");

    private async Task<List<HttpResponseMessage>> PostAsync(string url, object body, int times)
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < times; i++) answers.Add(await FreshClient().PostAsJsonAsync(url, body));
        return answers;
    }

    [Fact]
    public async Task Texts_to_one_number_are_limited_whoever_asks_and_whether_or_not_it_has_an_account()
    {
        var known = Api.UniquePhone();
        await app.CreateUserAsync(null, known);
        foreach (var phone in new[] { known, Api.UniquePhone() })
        {
            var answers = await PostAsync("/api/auth/phone/code", new { phone }, 4);
            answers.Select(a => a.StatusCode).ShouldBe([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests]);
            answers[^1].Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.FromMinutes(59));
            await answers[^1].ProblemAsync(HttpStatusCode.TooManyRequests);
        }
    }

    [Fact]
    public async Task Wrong_codes_for_one_number_make_it_wait_whoever_tries_them()
    {
        var known = Api.UniquePhone();
        await app.CreateUserAsync(null, known);
        foreach (var phone in new[] { known, Api.UniquePhone() })
        {
            var answers = await PostAsync("/api/auth/phone/login", new { phone, code = "000000" }, 4);
            answers.Select(a => a.StatusCode).ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
            answers[^1].Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task Registrations_of_one_address_are_limited_whoever_sends_them()
    {
        var email = Api.UniqueEmail("importer");
        var body = new { email, password = "long enough passphrase", displayName = "Aiko", country = "JP" };
        var answers = await PostAsync("/api/auth/register", body, 3);
        answers.Select(a => a.StatusCode).ShouldBe([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests]);
        answers[^1].Headers.RetryAfter.ShouldNotBeNull();
        (await app.MailboxAsync()).Count(m => m.To == email).ShouldBe(2);
    }

    [Fact]
    public async Task The_phone_page_shows_the_wait_on_the_form()
    {
        var phone = Api.UniquePhone();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            var client = FreshClient();
            var token = Forms.Antiforgery(await client.GetStringAsync("/account/phone"));
            last = await client.PostFormAsync("/account/phone?handler=send", new Dictionary<string, string> { ["Phone"] = phone }, token);
            statuses.Add(last.StatusCode);
        }
        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        (await last.Content.ReadAsStringAsync()).ShouldContain("Too many attempts");
    }
}
