using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

/// <summary>
/// Wrong passwords make the account wait (429, Retry-After) instead of locking it; known and unknown
/// accounts answer alike and cost the same hash; the owner's SMS code and a password reset still get in.
/// </summary>
public sealed partial class SignInThrottleTests(SignInThrottleTests.App app) : IClassFixture<SignInThrottleTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false, extra: new Dictionary<string, string?> { ["CraftMarket:Identity:FreeFailures"] = "3" })
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s =>
            {
                s.AddScoped<PasswordHasher<CraftMarketUser>>();
                s.AddSingleton(Hasher);
                s.AddScoped<IPasswordHasher<CraftMarketUser>>(sp =>
                {
                    var counting = sp.GetRequiredService<CountingHasher>();
                    counting.Inner = sp.GetRequiredService<PasswordHasher<CraftMarketUser>>();
                    return counting;
                });
            });
        }
    }

    /// <summary>Counts verifications, so "the same work" is checked without timing anything.</summary>
    public sealed class CountingHasher : IPasswordHasher<CraftMarketUser>
    {
        private int verified;
        internal IPasswordHasher<CraftMarketUser> Inner { get; set; } = null!;
        public int Verified => Volatile.Read(ref verified);

        string IPasswordHasher<CraftMarketUser>.HashPassword(CraftMarketUser user, string password) => Inner.HashPassword(user, password);

        PasswordVerificationResult IPasswordHasher<CraftMarketUser>.VerifyHashedPassword(CraftMarketUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verified);
            return Inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex SixDigits();

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, object body) => client.PostAsJsonAsync("/api/auth/login", body);

    private async Task<List<HttpResponseMessage>> FailAsync(object body, int times)
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < times; i++) answers.Add(await LoginAsync(app.ClientFor(null), body));
        return answers;
    }

    [Fact]
    public async Task Wrong_passwords_make_the_account_wait_and_an_unknown_account_answers_exactly_the_same()
    {
        var known = Api.UniqueEmail();
        await app.CreateUserAsync(known, null);
        var unknown = Api.UniqueEmail();

        var answers = new Dictionary<string, List<(HttpStatusCode Status, bool Waits, string Detail)>>();
        foreach (var email in new[] { known, unknown })
        {
            var responses = await FailAsync(new { email, password = "wrong-password" }, 3);
            responses.Add(await LoginAsync(app.ClientFor(null), new { email, password = Auth.DemoPassword }));
            answers[email] = [];
            foreach (var r in responses)
            {
                var problem = await r.ProblemAsync(r.StatusCode);
                if (r.Headers.RetryAfter?.Delta is { } wait) wait.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
                answers[email].Add((r.StatusCode, r.Headers.RetryAfter is not null, problem.Detail));
            }
        }

        answers[known].Select(a => a.Status).ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests],
            "even the right password waits once the account is throttled");
        answers[known][3].Waits.ShouldBeTrue("a 429 says when to come back");
        answers[known][3].Detail.ShouldContain("Too many attempts");
        answers[unknown].ShouldBe(answers[known]);
    }

    [Fact]
    public async Task No_number_of_wrong_passwords_locks_the_account_or_says_locked()
    {
        var email = Api.UniqueEmail();
        var user = await app.CreateUserAsync(email, null);
        foreach (var response in await FailAsync(new { email, password = "wrong-password" }, 8))
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("locked", Case.Insensitive);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
        var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
        (await users.IsLockedOutAsync(stored)).ShouldBeFalse();
        stored.AccessFailedCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_texted_code_signs_a_producer_in_while_wrong_passwords_hold_the_password_back()
    {
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        var responses = await FailAsync(new { phone, password = "wrong-password" }, 5);
        responses[^1].StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        var client = app.ClientFor(null);
        (await client.PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var sms = await app.WaitForMessageAsync(m => m.Channel == "sms" && m.To == phone);
        var login = await client.PostAsJsonAsync("/api/auth/phone/login", new { phone, code = SixDigits().Match(sms.Body).Groups[1].Value });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task After_a_password_reset_the_owners_next_right_password_is_not_held_back()
    {
        var email = Api.UniqueEmail();
        var user = await app.CreateUserAsync(email, null);
        (await FailAsync(new { email, password = "wrong-password" }, 5))[^1].StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
            var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
            var reset = await users.ResetPasswordAsync(stored, await users.GeneratePasswordResetTokenAsync(stored), "a brand new passphrase");
            reset.Succeeded.ShouldBeTrue();
        }

        await app.ClientFor(null).LoginAsync(new { email, password = "a brand new passphrase" });
    }

    [Fact]
    public async Task Confirm_your_email_is_said_only_after_the_right_password()
    {
        var email = Api.UniqueEmail();
        var user = await app.CreateUserAsync(email, null);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.EmailConfirmed, false));
        }

        var wrong = await LoginAsync(app.ClientFor(null), new { email, password = "wrong-password" });
        (await wrong.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldContain("do not match");
        var right = await LoginAsync(app.ClientFor(null), new { email, password = Auth.DemoPassword });
        (await right.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldContain("Confirm");
    }

    [Fact]
    public async Task An_unknown_account_or_one_without_a_password_costs_the_same_hash_as_a_known_one()
    {
        var email = Api.UniqueEmail();
        await app.CreateUserAsync(email, null);
        var phoneOnly = Api.UniquePhone();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
            (await users.CreateAsync(new CraftMarketUser { UserName = phoneOnly, PhoneNumber = phoneOnly, DisplayName = "producer" })).Succeeded.ShouldBeTrue();
        }

        async Task<int> HashesFor(object body)
        {
            var before = app.Hasher.Verified;
            (await LoginAsync(app.ClientFor(null), body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            return app.Hasher.Verified - before;
        }

        (await HashesFor(new { email, password = "wrong-password" })).ShouldBe(1);
        (await HashesFor(new { email = Api.UniqueEmail(), password = "wrong-password" })).ShouldBe(1);
        (await HashesFor(new { phone = phoneOnly, password = "wrong-password" })).ShouldBe(1);
    }

    [Fact]
    public async Task Sign_ins_failures_and_waits_go_into_the_owners_security_log()
    {
        var email = Api.UniqueEmail();
        var user = await app.CreateUserAsync(email, null);
        await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword });
        await FailAsync(new { email, password = "wrong-password" }, 4);

        await using var scope = app.Services.CreateAsyncScope();
        var lines = await scope.ServiceProvider.GetRequiredService<SecurityLog>().ForAsync(user.Id, 50, default);
        lines.Count(l => l.Kind == SecurityEventKind.SignedIn).ShouldBe(1);
        lines.Count(l => l.Kind == SecurityEventKind.SignInFailed).ShouldBe(3);
        lines.Count(l => l.Kind == SecurityEventKind.SignInThrottled).ShouldBe(1);
    }

    [Fact]
    public async Task The_login_page_shows_the_wait_as_a_429_with_Retry_After_for_known_and_unknown_alike()
    {
        var known = Api.UniqueEmail();
        await app.CreateUserAsync(known, null);
        foreach (var login in new[] { known, Api.UniqueEmail() })
        {
            var client = app.ClientFor(null);
            var token = Forms.Antiforgery(await client.GetStringAsync("/account/login"));
            var fields = new Dictionary<string, string> { ["Login"] = login, ["Password"] = "wrong-password" };
            var statuses = new List<HttpStatusCode>();
            HttpResponseMessage last = null!;
            for (var i = 0; i < 4; i++) statuses.Add((last = await client.PostFormAsync("/account/login", fields, token)).StatusCode);

            statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
            last.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
            (await last.Content.ReadAsStringAsync()).ShouldContain("Too many attempts");
        }
    }
}
