using System.Security.Claims;
using System.Text.Encodings.Web;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Members.Tests.Support;

/// <summary>
/// Signs a request in from the X-Test-Claims header ("type=value;type=value") with the platform's
/// real claim types, and defines the policies as the Identity contract describes them (a role
/// counts only for the request's tenant). Members' endpoints are thus tested against the contract,
/// whether or not the Identity module has landed.
/// </summary>
internal sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-Claims";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var header)) return Task.FromResult(AuthenticateResult.NoResult());
        var claims = header.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).Select(kv => new Claim(kv[0], kv[1])).Append(new Claim(ClaimTypes.Name, "test"));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(SchemeName, _ => { });
        services.AddAuthorization(o =>
        {
            o.AddPolicy(Policies.AssociationAdmin, p => TenantRole(p, TenantRoles.AssociationAdmin));
            o.AddPolicy(Policies.AssociationStaff, p => TenantRole(p, [.. TenantRoles.Staff]));
            o.AddPolicy(Policies.Producer, p => TenantRole(p, TenantRoles.Producer));
        });
    }

    private static void TenantRole(AuthorizationPolicyBuilder policy, params string[] roles) => policy
        .AddAuthenticationSchemes(SchemeName)
        .RequireAuthenticatedUser()
        .RequireAssertion(ctx =>
        {
            var http = ctx.Resource as HttpContext;
            if (http?.RequestServices.GetRequiredService<ITenantContext>().TenantId is not { } tenant) return false;
            return roles.Any(role => ctx.User.HasClaim(CraftMarketClaims.TenantRole, $"{tenant}:{role}"));
        });

    /// <summary>Header value for a user holding <paramref name="role"/> in <paramref name="tenant"/>.</summary>
    public static string Claims(TenantId tenant, string role, Guid? member = null) =>
        $"{CraftMarketClaims.TenantRole}={tenant}:{role}" + (member is { } m ? $";{CraftMarketClaims.Member}={tenant}:{m}" : "");
}
