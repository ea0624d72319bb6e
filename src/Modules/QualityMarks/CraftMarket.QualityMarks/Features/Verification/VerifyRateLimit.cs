using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using CraftMarket.SharedKernel.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>
/// Verifications per network and minute (<see cref="VerificationOptions.VerifyPerMinute"/>), page and
/// API from one budget, answered 429 with Retry-After. Not what stops guessing, signatures do (a short
/// code's 40-bit tag: at 30 a minute a guesser finds one code in about 35,000 years); it stops a
/// script from hammering the scan log and the database. The client is its address, an IPv6 client
/// its /64 (one customer's prefix), as for sign-in (Identity's ClientAddress). The bare form page
/// (no code) costs nothing and is not counted.
/// </summary>
internal sealed class VerifyRateLimit : IRateLimiterPolicy<string>
{
    public const string Policy = "quality-marks-verify";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, wait.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext http)
    {
        var code = http.GetRouteValue("code") as string;
        if (string.IsNullOrWhiteSpace(code) && string.IsNullOrWhiteSpace(http.Request.Query["code"]))
            return RateLimitPartition.GetNoLimiter("verify-form");
        var limit = http.RequestServices.GetRequiredService<IOptions<VerificationOptions>>().Value.VerifyPerMinute;
        // Shared by every node when Redis is configured (ADR 0079).
        return SharedRateLimits.FixedWindow(http, "verify:" + ClientOf(http.Connection.RemoteIpAddress), Math.Max(1, limit), TimeSpan.FromMinutes(1));
    }

    private static string ClientOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
