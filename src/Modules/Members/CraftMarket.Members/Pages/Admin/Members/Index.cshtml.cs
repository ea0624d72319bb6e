using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Phones;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;
using CraftMarket.Members.Features;
using CraftMarket.Members.Features.InviteMember;
using CraftMarket.Members.Features.ListMembers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Members.Pages.Admin.Members;

/// <summary>The association's member register: filter, page, and invite a new member by phone.</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class IndexModel(ListMembersHandler list, InviteMemberHandler invite) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public MemberStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public MemberKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty] public InviteForm Invite { get; set; } = new();

    public PagedList<Member> Members { get; private set; } = new([], 1, 20, 0);
    public int PageCount => Math.Max(1, (Members.Total + Members.PageSize - 1) / Members.PageSize);

    public async Task OnGetAsync(CancellationToken ct) =>
        Members = await list.Handle(new MemberQuery(PageNumber, 20, Kind, Status, Search), ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var result = await invite.Handle(Invite.ToRequest(), ct);
        if (result.IsSuccess) return RedirectToPage("Edit", new { id = result.Value!.Id });
        ModelState.Clear();
        ModelState.AddErrors(result.Error!, nameof(Invite));
        await OnGetAsync(ct);
        return Page();
    }

    public static string PhoneForDisplay(string e164) => VietnamesePhone.Display(e164);
}

/// <summary>Just enough to send the invitation; the member or an admin completes the profile later.</summary>
internal sealed class InviteForm
{
    public MemberKind Kind { get; set; }
    public string DisplayName { get; set; } = "";
    public string RepresentativeName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Commune { get; set; } = "";
    public string? Crafts { get; set; }

    public MemberProfileRequest ToRequest() => new ProfileForm
    {
        Kind = Kind, DisplayName = DisplayName, RepresentativeName = RepresentativeName, Phone = Phone, Commune = Commune, Crafts = Crafts,
    }.ToRequest();
}
