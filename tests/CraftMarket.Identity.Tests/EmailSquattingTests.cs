using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Web;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.Register;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

/// <summary>
/// Someone registers an address that is not theirs and never confirms it: the owner takes the
/// address by confirming it, unconfirmed accounts expire, and the answers never say which happened.
/// </summary>
public sealed partial class EmailSquattingTests(EmailSquattingTests.App app) : IClassFixture<EmailSquattingTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    private static partial Regex ConfirmLink();

    [Fact]
    public async Task The_owner_registers_an_address_a_squatter_holds_unconfirmed_and_takes_it_by_confirming()
    {
        var address = Api.UniqueEmail("owner");
        (await Register(address, "Squatter", "squatter passphrase")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var squatterLink = await LinkForAsync(address, "Squatter");

        var owner = await Register(address, "Real Owner", "owner's passphrase");
        owner.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var ownerLink = await LinkForAsync(address, "Real Owner");
        (await Confirm(squatterLink)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);   // dead once the owner registered
        (await Confirm(ownerLink)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var token = await app.ClientFor(null).LoginAsync(new { email = address, password = "owner's passphrase" });
        (await app.ClientFor(null).Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me"))!.DisplayName.ShouldBe("Real Owner");
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/login", new { email = address, password = "squatter passphrase" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Confirm(squatterLink)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<IdentityDb>().Users.CountAsync(u => u.DisplayName == "Squatter" && u.Email == address)).ShouldBe(0);
    }

    [Fact]
    public async Task Registration_answers_the_same_for_a_new_a_squatted_and_a_confirmed_address()
    {
        var squatted = Api.UniqueEmail("squatted");
        await Register(squatted, "Squatter", "squatter passphrase");
        var confirmed = Api.UniqueEmail("customer");
        await app.CreateUserAsync(confirmed, null);

        var answers = new List<(HttpStatusCode, string)>();
        foreach (var address in new[] { Api.UniqueEmail("new"), squatted, confirmed })
        {
            var response = await Register(address, "Someone", "someone's passphrase");
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
        answers.Distinct().Count().ShouldBe(1);
        answers[0].Item1.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_too_short_password_is_refused_whether_or_not_the_address_is_taken()
    {
        var taken = Api.UniqueEmail("taken");
        await app.CreateUserAsync(taken, null);
        foreach (var address in new[] { taken, Api.UniqueEmail("free") })
            (await (await Register(address, "Someone", "short")).ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("password");
    }

    [Fact]
    public async Task A_confirmed_owner_is_not_displaced_by_a_later_claim()
    {
        var address = Api.UniqueEmail("early");
        await Register(address, "First", "first passphrase");
        await LinkForAsync(address, "First");
        await Register(address, "Second", "second passphrase");
        var secondLink = await LinkForAsync(address, "Second");
        // The first registrant's link died with the claim; they ask for a new one and confirm first.
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/confirm-email/resend", new { email = address })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        for (var i = 0; i < 100 && (await app.MailboxAsync()).Count(m => m.To == address && m.Body.Contains("First", StringComparison.Ordinal)) < 2; i++)
            await Task.Delay(50);
        var firstLink = await LinkForAsync(address, "First");

        (await Confirm(firstLink)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Confirm(secondLink)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await app.ClientFor(null).LoginAsync(new { email = address, password = "first passphrase" });
    }

    [Fact]
    public async Task A_new_confirmation_link_is_sent_to_an_unconfirmed_account_and_nothing_to_an_unknown_address()
    {
        var address = Api.UniqueEmail("lost-mail");
        await Register(address, "Lan", "lan's passphrase");
        await LinkForAsync(address, "Lan");
        var unknown = Api.UniqueEmail("nobody");

        var forKnown = await app.ClientFor(null).PostAsJsonAsync("/api/auth/confirm-email/resend", new { email = address });
        var forUnknown = await app.ClientFor(null).PostAsJsonAsync("/api/auth/confirm-email/resend", new { email = unknown });

        forKnown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        forUnknown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await forUnknown.Content.ReadAsStringAsync()).ShouldBe(await forKnown.Content.ReadAsStringAsync());
        for (var i = 0; i < 100 && (await app.MailboxAsync()).Count(m => m.To == address) < 2; i++) await Task.Delay(50);
        var links = (await app.MailboxAsync()).Where(m => m.To == address).Select(m => ConfirmLink().Match(m.Body).Value).ToList();
        links.Count.ShouldBe(2);
        (await Confirm(links[1])).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.MailboxAsync()).ShouldNotContain(m => m.To == unknown);
    }

    [Fact]
    public async Task The_resend_page_answers_the_same_for_any_address()
    {
        var response = await app.ClientFor(null).SubmitAsync("/account/resend-confirmation",
            new Dictionary<string, string> { ["Email"] = Api.UniqueEmail("nobody") });
        (await response.Content.ReadAsStringAsync()).ShouldContain("If an account with this address is waiting for confirmation");
    }

    [Fact]
    public async Task Unconfirmed_buyer_accounts_expire_after_seven_days_and_no_other_account_does()
    {
        var old = Api.UniqueEmail("old-unconfirmed");
        await Register(old, "Old", "old passphrase");
        var recent = Api.UniqueEmail("recent-unconfirmed");
        await Register(recent, "Recent", "recent passphrase");
        var confirmed = (await app.CreateUserAsync(Api.UniqueEmail("old-confirmed"), null)).Email!;
        var staff = Api.UniqueEmail("old-staff");
        await using (var setup = app.Services.CreateAsyncScope())
        {
            var users = setup.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
            var member = new CraftMarketUser { UserName = staff, Email = staff, DisplayName = "Staff" };
            (await users.CreateAsync(member, "staff passphrase")).Succeeded.ShouldBeTrue();
            var db = setup.ServiceProvider.GetRequiredService<IdentityDb>();
            db.Memberships.Add(new TenantMembership(member.Id, new TenantId(Guid.CreateVersion7()), "association-admin", null));
            await db.SaveChangesAsync();
            var eightDaysAgo = DateTimeOffset.UtcNow.AddDays(-8);
            foreach (var user in await db.Users.Where(u => u.Email == old || u.Email == confirmed || u.Email == staff).ToListAsync())
                user.CreatedAt = eightDaysAgo;
            await db.SaveChangesAsync();
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UnconfirmedAccountExpiry>().DeleteExpiredAsync(CancellationToken.None);

        var left = await scope.ServiceProvider.GetRequiredService<IdentityDb>().Users.Select(u => u.Email).ToListAsync();
        left.ShouldNotContain(old);
        left.ShouldContain(recent);
        left.ShouldContain(confirmed);
        left.ShouldContain(staff);
        // The address is free again: a new registration gets an ordinary confirmation.
        (await Register(old, "Owner", "owner's passphrase")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Confirm(await LinkForAsync(old, "Owner"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    private Task<HttpResponseMessage> Register(string email, string name, string password) =>
        app.ClientFor(null).PostAsJsonAsync("/api/auth/register", new { email, password, displayName = name, country = "VN", preferredLanguage = "en" });

    private async Task<string> LinkForAsync(string address, string name) =>
        ConfirmLink().Match((await app.WaitForMessageAsync(m => m.To == address && m.Body.Contains(name, StringComparison.Ordinal))).Body).Value;

    private Task<HttpResponseMessage> Confirm(string link)
    {
        var query = HttpUtility.ParseQueryString(new Uri(link).Query);
        return app.ClientFor(null).PostAsJsonAsync("/api/auth/confirm-email", new { userId = query["userId"], code = query["code"] });
    }
}
