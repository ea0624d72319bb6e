using Microsoft.AspNetCore.Http;

namespace CraftMarket.SharedKernel.Caching;

/// <summary>
/// Whether this request renders a page that may be kept and served to other visitors (ADR 0050): the
/// host's cache policy marks every request whose answer it may store, anonymous or a signed-in buyer.
/// Such a render must come out the same whoever caused it: the layout then shows neutral placeholders
/// for the <see cref="IPersonalPart"/>s (<c>data-personal</c>) instead of the visitor's name, menu or
/// counts, and a page must not read the signed-in user at all.
/// </summary>
public static class SharedRender
{
    private sealed class Marker;

    private static readonly Marker Instance = new();

    public static void Mark(HttpContext http) => http.Features.Set(Instance);

    public static bool Is(HttpContext http) => http.Features.Get<Marker>() is not null;
}
