using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;
using CraftMarket.Members.Features.PublicDirectory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Members.Pages.Members;

internal sealed class ProfileModel(PublicDirectoryHandler directory) : PageModel
{
    public PublicMemberView Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await directory.Get(new MemberId(id), ct);
        if (found.IsFailure) return NotFound();
        Member = found.Value!;
        return Page();
    }

    public static string Phone(string e164) => VietnamesePhone.Display(e164);
}
