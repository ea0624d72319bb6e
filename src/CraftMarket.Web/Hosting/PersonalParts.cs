using System.Security.Claims;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Caching;
using Microsoft.Net.Http.Headers;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// The personal parts of kept pages (ADR 0050): <c>GET /personal</c> answers every registered
/// <see cref="IPersonalPart"/> of the current visitor as one JSON object (<c>{"account-menu": "Lan
/// Nguyen", "inquiry-list-count": "3"}</c>; a part with nothing to say is left out), private and never
/// stored by any cache; <c>/scripts/personal.js</c> fills the page's <c>data-personal</c> elements from it.
/// Cheap by design: claims and cookies, no page render.
/// </summary>
internal static class PersonalPartsEndpoint
{
    public const string Path = "/personal";

    /// <summary>Who a shared render shows the menu to: nobody signed in.</summary>
    public static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    public static IServiceCollection AddPersonalParts(this IServiceCollection services) =>
        services.AddSingleton<IPersonalPart, AccountMenuPart>();

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(Path, AnswerAsync)
            .AllowAnonymous()   // anonymous visitors have personal parts too (an inquiry list kept in a cookie)
            .ExcludeFromDescription();

    private static async Task<IResult> AnswerAsync(HttpContext http, IEnumerable<IPersonalPart> parts, CancellationToken ct)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers.Vary = HeaderNames.Cookie;
        headers["X-Robots-Tag"] = "noindex";
        var answer = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
            if (await part.ValueAsync(http, ct) is { } value) answer[part.Name] = value;
        return TypedResults.Json(answer);
    }
}

/// <summary>
/// "account-menu": the signed-in visitor's name, which the script writes into the kept page's neutral
/// "Sign in" link (turning it into a link to their account) and which reveals the sign-out link (to
/// the sign-out page's own form: an antiforgery token never sits in a kept page).
/// </summary>
internal sealed class AccountMenuPart : IPersonalPart
{
    public const string PartName = "account-menu";

    public string Name => PartName;

    public ValueTask<string?> ValueAsync(HttpContext http, CancellationToken ct) =>
        ValueTask.FromResult(NameOf(http.User));

    /// <summary>The name the menu shows a signed-in person (their display name, else their sign-in name), or null.</summary>
    public static string? NameOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true ? null
        : user.FindFirstValue(CraftMarketClaims.DisplayName) is { Length: > 0 } name ? name
        : user.Identity.Name;
}
