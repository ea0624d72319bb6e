using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Authentication;

/// <summary>Bound from <c>CraftMarket:Identity</c>; tests lower the limits to prove a 429.</summary>
internal sealed class SignInLimits
{
    public int SignInPerMinute { get; set; } = 10;
    public int PhoneCodePerMinute { get; set; } = 5;
}

/// <summary>
/// Per client IP, so one guesser cannot burn through passwords or SMS credit. The sign-in pages
/// carry the same policies as /api/auth as [EnableRateLimiting] on the page model; a page model
/// attribute covers every handler, so reading a form (GET, HEAD) is never limited, only submitting it.
/// </summary>
internal static class SignInRateLimits
{
    public const string SignIn = "identity-sign-in";
    public const string PhoneCode = "identity-phone-code";

    /// <summary>
    /// The phone page has two handlers and a page model takes one policy: "send" texts a code
    /// (PhoneCodePerMinute), "verify" tries one (SignInPerMinute), each counted on its own.
    /// </summary>
    public const string PhonePage = "identity-phone-page";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignIn, ctx => PerIp(ctx, SignIn, l => l.SignInPerMinute));
            o.AddPolicy(PhoneCode, ctx => PerIp(ctx, PhoneCode, l => l.PhoneCodePerMinute));
            o.AddPolicy(PhonePage, ctx => IsSendHandler(ctx)
                ? PerIp(ctx, PhonePage + ":send", l => l.PhoneCodePerMinute)
                : PerIp(ctx, PhonePage + ":verify", l => l.SignInPerMinute));
        });

    // Razor Pages picks the handler from the "handler" route value or query string (asp-page-handler).
    private static bool IsSendHandler(HttpContext ctx) =>
        string.Equals(ctx.GetRouteValue("handler") as string ?? ctx.Request.Query["handler"], "send", StringComparison.OrdinalIgnoreCase);

    private static RateLimitPartition<string> PerIp(HttpContext ctx, string budget, Func<SignInLimits, int> permits)
    {
        if (HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method))
            return RateLimitPartition.GetNoLimiter("read");
        var limit = permits(ctx.RequestServices.GetRequiredService<IOptions<SignInLimits>>().Value);
        var ip = ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{budget}:{ip}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
