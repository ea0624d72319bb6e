using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Features.Staff;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Pages.Admin.Staff;

/// <summary>The association admin's staff page: who works here with which roles, invitations, role changes, removal.</summary>
[Authorize(Policy = Policies.AssociationAdmin), TranslateFormErrors]
internal sealed class IndexModel(StaffRoster roster, AccountLinks links) : PageModel
{
    public static readonly IReadOnlyList<string> Roles = TenantRoles.Staff;

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public List<string> InviteRoles { get; set; } = [];
    [BindProperty] public Guid UserId { get; set; }
    [BindProperty] public List<string> NewRoles { get; set; } = [];

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public IReadOnlyList<OpenStaffInvitation> Invitations { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Staff = await roster.ListAsync(ct);
        Invitations = await roster.OpenInvitationsAsync(ct);
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        var result = await roster.InviteAsync(new InviteStaff(Email, InviteRoles), actor.UserId!.Value,
            token => StaffEndpoints.AcceptUrl(links.SiteOf(HttpContext), token), ct);
        return await Outcome(result, "Invitation sent.", ct);
    }

    public async Task<IActionResult> OnPostRolesAsync(CancellationToken ct) =>
        await Outcome(await roster.ChangeRolesAsync(UserId, new ChangeStaffRoles(NewRoles), ct), "Roles saved.", ct);

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) =>
        await Outcome(await roster.RemoveAsync(UserId, ct), "Removed from the staff.", ct);

    private async Task<IActionResult> Outcome(Result result, string done, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            Done = done;
            return RedirectToPage();
        }
        ModelState.Clear();
        ModelState.AddErrors(result.Error!);
        if (result.Error!.Fields is null) ModelState.AddModelError("", result.Error.Message);
        await OnGetAsync(ct);
        return Page();
    }
}
