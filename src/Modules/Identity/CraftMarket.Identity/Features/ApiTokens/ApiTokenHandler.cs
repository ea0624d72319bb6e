using System.Security.Claims;
using System.Text.Encodings.Web;
using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Features.ApiTokens;

/// <summary>
/// Signs in an <c>Authorization: Bearer cmk_...</c> request on /api as the token's owner, with only the
/// token's roles that the owner still holds in the token's association (checked on every use, so a removed
/// role or a locked account takes effect at once), and no platform role. Any other host (another village,
/// the platform) does not accept it. A presented token that fails answers 401 problem details at once
/// (<see cref="IAuthenticationRequestHandler"/>), whatever the endpoint: a broken integration should hear
/// that its key is refused, not be served as an anonymous visitor. One query by the hash's unique index,
/// one for the memberships; last use is written at most once a minute.
/// </summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
{
    public const string SchemeName = "ApiToken";

    /// <summary>On the principal: the token's id. Its presence is how code tells a token from a sign-in.</summary>
    public const string TokenClaim = "cm:api_token";

    public static bool IsPresented(HttpContext http) =>
        SignInSchemes.IsApi(http) && ApiToken.SecretOf(http.Request.Headers.Authorization.ToString()) is not null;

    public static bool IsTokenPrincipal(ClaimsPrincipal user) => user.HasClaim(c => c.Type == TokenClaim);

    public async Task<bool> HandleRequestAsync()
    {
        if (!IsPresented(Context)) return false;
        var result = await AuthenticateAsync();
        if (result.Succeeded) return false;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await TypedResults.Problem(result.Failure?.Message, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(Context);
        return true;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!SignInSchemes.IsApi(Context) || ApiToken.SecretOf(Request.Headers.Authorization.ToString()) is not { } secret) return AuthenticateResult.NoResult();
        // Resolved here, not in the constructor: the middleware makes this handler for every request to ask HandleRequestAsync.
        var services = Context.RequestServices;
        var db = services.GetRequiredService<IdentityDb>();
        if (services.GetRequiredService<ITenantContext>().TenantId is not { } here)
            return AuthenticateResult.Fail("A personal API token works only on the host of the association it was made for.");

        var hash = ApiToken.Hash(secret);
        var ct = Context.RequestAborted;
        var found = await db.ApiTokens.AsNoTracking().Where(t => t.SecretHash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new
            {
                Token = t,
                User = new ApiTokenOwner(u.Id, u.UserName, u.Email, u.DisplayName, u.PreferredLanguage, u.LockoutEnabled, u.LockoutEnd),
            })
            .SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        if (found is null) return AuthenticateResult.Fail("This API token is not known.");
        var (token, user) = (found.Token, found.User);
        if (token.TenantId != here) return AuthenticateResult.Fail("This API token was made for another association.");
        switch (token.StatusAt(now))
        {
            case ApiTokenStatus.Revoked: return AuthenticateResult.Fail("This API token has been revoked.");
            case ApiTokenStatus.Expired: return AuthenticateResult.Fail("This API token has expired.");
        }
        if (user.LockoutEnabled && user.LockoutEnd is { } end && end > now)
            return AuthenticateResult.Fail("The account this API token belongs to is locked.");

        var held = await db.Memberships.AsNoTracking().Where(m => m.UserId == user.Id && m.TenantId == here).Select(m => m.Role).ToListAsync(ct);
        var roles = token.RoleList.Where(held.Contains).ToList();
        if (roles.Count == 0)
            return AuthenticateResult.Fail("The account no longer holds any of this API token's roles in this association.");

        if (token.LastUsedAt is not { } last || now - last >= ApiToken.TouchEvery)
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), ct);

        return AuthenticateResult.Success(new AuthenticationTicket(Principal(token, user, roles, here), SchemeName));
    }

    /// <summary>Only what the token grants: the account's identity and the token's roles here; no platform role, no member.</summary>
    private static ClaimsPrincipal Principal(ApiToken token, ApiTokenOwner user, IReadOnlyList<string> roles, TenantId here)
    {
        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName ?? user.Id.ToString()));
        if (user.Email is { } email) identity.AddClaim(new Claim(ClaimTypes.Email, email));
        identity.AddClaim(new Claim(CraftMarketClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(CraftMarketClaimsFactory.Language, user.PreferredLanguage));
        identity.AddClaim(new Claim(TokenClaim, token.Id.ToString()));
        foreach (var role in roles) identity.AddClaim(new Claim(CraftMarketClaims.TenantRole, TenantClaims.Format(here, role)));
        return new ClaimsPrincipal(identity);
    }
}

/// <summary>What sign-in needs of the token's account (not its password hash or other secrets).</summary>
internal sealed record ApiTokenOwner(Guid Id, string? UserName, string? Email, string DisplayName, string PreferredLanguage, bool LockoutEnabled, DateTimeOffset? LockoutEnd);
