using System.Threading.RateLimiting;
using CraftMarket.SharedKernel.Hosting;
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

    /// <summary>Guesses (passwords, SMS codes) one account gets before each further one waits (AccountThrottle).</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The first wait; it doubles with every further guess, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>An account nobody guessed at for this long starts again with its free guesses.</summary>
    public TimeSpan FailureMemory { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Texts sent to one number per hour, whoever asks (SMS credit, and the owner's phone).</summary>
    public int PhoneCodesPerHour { get; set; } = 5;

    /// <summary>Registrations for one e-mail address per hour (each sends that address a mail).</summary>
    public int RegistrationsPerHour { get; set; } = 3;
}

/// <summary>
/// Per client address (an IPv6 client by its /64, see <see cref="ClientAddress"/>), so one guesser
/// cannot burn through passwords or SMS credit; <see cref="AccountThrottle"/> adds the per-account side. The sign-in pages
/// carry the same policies as /api/auth as [EnableRateLimiting] on the page model; a page model
/// attribute covers every handler, so reading a form (GET, HEAD) is never limited, only submitting it.
/// With Redis configured the counts are shared by every node (<see cref="SharedRateLimits"/>, ADR 0079).
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
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                    context.HttpContext.Response.Headers.RetryAfter = SignInThrottled.Seconds(wait);
                return ValueTask.CompletedTask;
            };
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
        // One budget across every node when Redis is configured (ADR 0079), this node's own otherwise.
        return SharedRateLimits.FixedWindow(ctx, $"{budget}:{ClientAddress.PartitionOf(ctx)}", limit, TimeSpan.FromMinutes(1));
    }
}
