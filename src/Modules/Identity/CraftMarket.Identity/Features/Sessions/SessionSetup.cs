using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CraftMarket.Identity.Features.Sessions;

internal static class SessionSetup
{
    /// <summary>Call after the sign-in schemes: it wraps the cookie's validation the Identity cookies set up.</summary>
    public static IServiceCollection AddAccountSessions(this IServiceCollection services)
    {
        services.AddSingleton<SessionLifetimes>();
        services.AddScoped<SessionGate>();
        services.AddScoped<AccountSessions>();
        services.AddHostedService<SessionCleanup>();
        services.Replace(ServiceDescriptor.Scoped<IAuthenticationService, SessionSignIn>());

        services.ConfigureApplicationCookie(o =>
        {
            var stampCheck = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                if (await SessionGate.ForCookieAsync(context)) await stampCheck(context);
            };
        });
        // Every 30 minutes the stamp validator rebuilds the cookie's principal (fresh roles); the session id must survive it.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (SessionClaims.IdOf(context.CurrentPrincipal) is { } id && context.NewPrincipal is { } fresh) SessionClaims.Put(fresh, id);
            return Task.CompletedTask;
        });
        return services;
    }
}
