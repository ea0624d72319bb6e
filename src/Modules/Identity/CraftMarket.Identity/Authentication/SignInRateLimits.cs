using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Authentication;

/// <summary>Bound from <c>CraftMarket:Identity</c>; tests lower the limits to prove a 429.</summary>
internal sealed class SignInLimits
{
    public int SignInPerMinute { get; set; } = 10;
    public int PhoneCodePerMinute { get; set; } = 5;
}

/// <summary>Per client IP, so one guesser cannot burn through passwords or SMS credit.</summary>
internal static class SignInRateLimits
{
    public const string SignIn = "identity-sign-in";
    public const string PhoneCode = "identity-phone-code";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignIn, ctx => PerIp(ctx, SignIn, l => l.SignInPerMinute));
            o.AddPolicy(PhoneCode, ctx => PerIp(ctx, PhoneCode, l => l.PhoneCodePerMinute));
        });

    private static RateLimitPartition<string> PerIp(HttpContext ctx, string policy, Func<SignInLimits, int> permits)
    {
        var limit = permits(ctx.RequestServices.GetRequiredService<IOptions<SignInLimits>>().Value);
        var ip = ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{ip}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
