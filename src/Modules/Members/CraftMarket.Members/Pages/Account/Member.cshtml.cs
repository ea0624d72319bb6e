using CraftMarket.SharedKernel.Results;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Features;
using CraftMarket.Members.Features.ListMembers;
using CraftMarket.Members.Features.MyMember;
using CraftMarket.Members.Features.UpdateMember;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Members.Pages.Account;

/// <summary>A producer's own profile. Kind, signing authority and export eligibility are shown, not edited.</summary>
[Authorize(Policy = Policies.Producer)]
internal sealed class MemberModel(ListMembersHandler members, UpdateMemberHandler update) : PageModel
{
    [BindProperty] public ProfileForm Form { get; set; } = new();
    public MemberDto? Member { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        if (!await Load(ct)) return Forbid();
        Form = ProfileForm.From(Member!);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (HttpContext.Actor().MemberId is not { } id) return Forbid();
        // The same rule as PUT /api/members/me: only the member-editable fields come from the form.
        var result = await update.Handle(id, Form.ToMyProfileRequest().ApplyTo, activate: true, ct);
        if (result.IsSuccess) return RedirectToPage(new { saved = true });
        ModelState.Clear();
        ModelState.AddErrors(result.Error!, nameof(Form));
        await Load(ct);
        return Page();
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        if (HttpContext.Actor().MemberId is not { } id) return false;
        var found = await members.Get(id, ct);
        Member = found.IsSuccess ? MemberDto.From(found.Value!) : null;
        return Member is not null;
    }
}
