using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Features;
using CraftMarket.Members.Features.ActivateMember;
using CraftMarket.Members.Features.DeactivateMember;
using CraftMarket.Members.Features.ListMembers;
using CraftMarket.Members.Features.UpdateMember;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Members.Pages.Admin.Members;

[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class EditModel(ListMembersHandler members, UpdateMemberHandler update, ActivateMemberHandler activate,
    DeactivateMemberHandler deactivate) : PageModel
{
    [BindProperty] public ProfileForm Form { get; set; } = new();
    public MemberDto? Member { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Form = ProfileForm.From(Member!);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var request = Form.ToRequest();
        var result = await update.Handle(new MemberId(id), _ => request.ToProfile(), activate: false, ct);
        if (result.Error?.Kind == ErrorKind.NotFound) return NotFound();
        if (result.IsSuccess) return RedirectToPage(new { id });
        ModelState.Clear();
        ModelState.AddErrors(result.Error!, nameof(Form));
        await Load(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken ct) => Act(id, activate.Handle(new MemberId(id), ct));

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) => Act(id, deactivate.Handle(new MemberId(id), ct));

    private async Task<IActionResult> Act(Guid id, Task<Result> action)
    {
        var result = await action;
        if (result.Error?.Kind == ErrorKind.NotFound) return NotFound();
        if (result.IsSuccess) return RedirectToPage(new { id });
        Notice = result.Error!.Message;
        await Load(id, ct: default);
        Form = ProfileForm.From(Member!);
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var found = await members.Get(new MemberId(id), ct);
        Member = found.IsSuccess ? MemberDto.From(found.Value!) : null;
        return Member is not null;
    }
}
