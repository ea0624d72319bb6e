using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests.Support;

public sealed record Token(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

public sealed record Problem(int Status, string? Title, string Detail, string? Code, Dictionary<string, string[]>? Errors);

public sealed record MeView(Guid UserId, string DisplayName, string? Email, string? Phone, string? Tenant,
    string[] TenantRoles, string[] PlatformRoles, string? MemberId);

internal static class Api
{
    public static async Task<Token> LoginAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Token>())!;
    }

    public static HttpClient Bearer(this HttpClient client, Token token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonSerializer.Deserialize<Problem>(text, JsonSerializerOptions.Web)!;
    }

    /// <summary>Creates an account directly through Identity, as an administrator's tooling would.</summary>
    public static async Task<CraftMarketUser> CreateUserAsync<T>(this WebApplicationFactory<T> app, string? email, string? phone,
        string password = Auth.DemoPassword, params (TenantId Tenant, string Role)[] memberships) where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
        var user = new CraftMarketUser
        {
            UserName = email ?? phone, Email = email, EmailConfirmed = email is not null, PhoneNumber = phone,
            DisplayName = email ?? phone ?? "someone",
        };
        var created = await users.CreateAsync(user, password);
        created.Succeeded.ShouldBeTrue(string.Join(", ", created.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        foreach (var (tenant, role) in memberships) db.Memberships.Add(new TenantMembership(user.Id, tenant, role, null));
        await db.SaveChangesAsync();
        return user;
    }

    public static async Task<IReadOnlyList<MailboxMessage>> MailboxAsync<T>(this WebApplicationFactory<T> app) where T : class =>
        await app.Services.GetRequiredService<DevMailbox>().ReadAllAsync();

    /// <summary>Messages are written as the request runs; polling covers the ones sent by background consumers.</summary>
    public static async Task<MailboxMessage> WaitForMessageAsync<T>(this WebApplicationFactory<T> app, Func<MailboxMessage, bool> match)
        where T : class
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await app.MailboxAsync()).LastOrDefault(match) is { } found) return found;
            await Task.Delay(50);
        }
        throw new ShouldAssertException("No matching message arrived in the dev mailbox.");
    }

    public static string UniquePhone() => $"+8491{Random.Shared.Next(1000000, 9999999)}";

    public static string UniqueEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.com";
}
