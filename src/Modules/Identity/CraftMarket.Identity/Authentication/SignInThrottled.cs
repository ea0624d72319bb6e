using System.Globalization;
using System.Text;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Authentication;

/// <summary>
/// The answer when an account (or an address) has to wait: 429 with Retry-After, worded the same
/// whether or not the account exists. Features return it as an <see cref="Error"/> whose code
/// carries the wait, so they keep returning <c>Result</c>; the edges turn it into the 429.
/// </summary>
internal static class SignInThrottled
{
    public const string Message = "Too many attempts. Try again in {0} min.";
    private const string CodePrefix = "throttled:";
    private static readonly CompositeFormat English = CompositeFormat.Parse(Message);

    public static Error For(TimeSpan wait) =>
        new(ErrorKind.Unauthorized, CodePrefix + Seconds(wait), string.Format(CultureInfo.InvariantCulture, English, Minutes(wait)));

    public static bool Is(Error? error, out TimeSpan wait)
    {
        wait = default;
        if (error is null || !error.Code.StartsWith(CodePrefix, StringComparison.Ordinal)) return false;
        wait = TimeSpan.FromSeconds(int.Parse(error.Code.AsSpan(CodePrefix.Length), CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Whole seconds, rounded up, as Retry-After wants them.</summary>
    public static string Seconds(TimeSpan wait) => ((int)Math.Ceiling(Math.Max(1, wait.TotalSeconds))).ToString(CultureInfo.InvariantCulture);

    public static int Minutes(TimeSpan wait) => (int)Math.Max(1, Math.Ceiling(wait.TotalMinutes));

    /// <summary>For the API: a throttle becomes 429 problem details with Retry-After; any other error its usual problem.</summary>
    public static IResult ToSignInProblem(this Error error, HttpContext http)
    {
        if (!Is(error, out var wait)) return error.ToProblem();
        http.Response.Headers.RetryAfter = Seconds(wait);
        return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            extensions: new Dictionary<string, object?> { ["code"] = "throttled" });
    }

    /// <summary>For a page: the form comes back with the wait above it, as a 429 with Retry-After.</summary>
    public static bool ShowOn(PageModel page, Error error, ModuleText<IdentityText> t)
    {
        if (!Is(error, out var wait)) return false;
        page.ModelState.AddModelError("", t.Format(Message, Minutes(wait)));
        page.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        page.Response.Headers.RetryAfter = Seconds(wait);
        return true;
    }
}
