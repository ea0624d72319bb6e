using Microsoft.AspNetCore.Http;

namespace CraftMarket.SharedKernel.Caching;

/// <summary>
/// One personal part of a page that is otherwise the same for every visitor (the inquiry list's
/// count, the account menu): kept pages never contain them; the host serves every registered part
/// of the current visitor separately (private, never stored by a shared cache) and a small script
/// fills the elements marked <c>data-personal="{Name}"</c>. Register with
/// <c>services.AddSingleton&lt;IPersonalPart, ...&gt;()</c>; keep it cheap (claims and cookies, no
/// database round trip where possible): it runs on every page view of a signed-in visitor.
/// </summary>
public interface IPersonalPart
{
    /// <summary>The key in the answer and in <c>data-personal</c>, e.g. "inquiry-list-count".</summary>
    string Name { get; }

    /// <summary>The part's text for this visitor, or null to leave the element as the kept page has it.</summary>
    ValueTask<string?> ValueAsync(HttpContext http, CancellationToken ct);
}
