using Microsoft.AspNetCore.Http;

namespace CraftMarket.SharedKernel.Localization;

/// <summary>
/// The request's interface language, settled by the host before routing (an HttpContext feature).
/// A language in the URL (<c>/{lang}/...</c>) is moved into <c>PathBase</c>, like the tenant path
/// form, so routes and <c>~/</c> links are the same in every language; <see cref="SiteBase"/> is the
/// PathBase without it, from which links to the same page in another language are built.
/// </summary>
public sealed record RequestLanguage(string Code, IReadOnlyList<string> Supported, string Default, bool FromUrl, PathString SiteBase)
{
    /// <summary>The same page in <paramref name="language"/>: <c>{SiteBase}/{language}{path}{query}</c>.</summary>
    public string PathFor(string language, PathString path, QueryString query = default) =>
        $"{SiteBase}/{language}{(path.HasValue ? path : "/")}{query}";

    /// <summary>The request's language, or English outside a request that went through the host (tests of a handler, jobs).</summary>
    public static RequestLanguage Of(HttpContext? context) =>
        context?.Features.Get<RequestLanguage>() ?? new RequestLanguage(Ui.Language, [Ui.Language], Ui.Language, false, PathString.Empty);
}
