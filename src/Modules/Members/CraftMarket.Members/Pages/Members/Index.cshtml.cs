using CraftMarket.SharedKernel.Lists;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;
using CraftMarket.Members.Features;
using CraftMarket.Members.Features.PublicDirectory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CraftMarket.SharedKernel.Caching;

namespace CraftMarket.Members.Pages.Members;

/// <summary>The village's public member directory, for buyers: active members, only what each chose to show.</summary>
[StorefrontPage(VaryByQuery = ["kind", "craft", "p"], WholeNumbers = ["p"])]
internal sealed class IndexModel(PublicDirectoryHandler directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public MemberKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Craft { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public PagedList<PublicMemberView> Members { get; private set; } = new([], 1, 24, 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Members = await directory.List(new PublicMemberQuery(PageNumber, 24, Kind, Craft), ct);
}
