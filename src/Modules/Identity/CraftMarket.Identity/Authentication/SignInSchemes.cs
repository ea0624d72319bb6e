using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.ApiTokens;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Authentication;

/// <summary>
/// Browsers get the Identity cookie (pages, antiforgery); apps and scripts get bearer tokens on
/// /api, and integrations personal API tokens (Bearer cmk_..., ADR 0067). One policy scheme picks by path, so an API call without a token answers 401 instead of
/// a redirect to the login page.
/// </summary>
internal static class SignInSchemes
{
    public const string CookieOrBearer = "CraftMarket";

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddSignInSchemes(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
                o.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie for pages, bearer for /api", o =>
                o.ForwardDefaultSelector = ctx => !IsApi(ctx) ? IdentityConstants.ApplicationScheme
                    : ApiTokenHandler.IsPresented(ctx) ? ApiTokenHandler.SchemeName   // a personal API token (cmk_...), never a cookie
                    : IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.Events.OnMessageReceived = BearerTokenStamp.RejectOutdated)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".CraftMarket.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.SlidingExpiration = true;
        });
        return services;
    }

    public static IdentityBuilder AddAccounts(this IServiceCollection services) =>
        services.AddIdentityCore<CraftMarketUser>(o =>
            {
                // Length over composition rules (NIST 800-63B): long passphrases are easier for buyers.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CraftMarketClaimsFactory>();
}
