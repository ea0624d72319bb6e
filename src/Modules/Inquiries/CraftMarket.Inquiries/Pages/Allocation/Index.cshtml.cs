using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Features.Allocation;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Allocation;

/// <summary>
/// The export desk's allocation page (Vietnamese): per line the shares with member, quantity (a
/// form), due date, reason, status and capacity left, the uncovered quantity highlighted; propose,
/// save edits, re-allocate declined. Plain forms: works without JavaScript. Members' private
/// capacities appear here, for the association's export desk and admin only.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(AllocationDesk desk) : PageModel
{
    [BindProperty] public List<LineForm> Lines { get; set; } = [];

    public AllocationPage View { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<AllocationWarning> Warnings { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!AllocationDesk.MayAllocate(HttpContext.Actor())) return Forbid();
        return await Load(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostProposeAsync(Guid id, CancellationToken ct) => Act(id, () => desk.Propose(new InquiryId(id), ct), ct);

    public Task<IActionResult> OnPostReallocateAsync(Guid id, CancellationToken ct) => Act(id, () => desk.Reallocate(new InquiryId(id), ct), ct);

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var edit = new AllocationEdit([.. Lines.Select(l => new LineEdit(l.LineId, [..
            (l.Shares ?? []).Where(s => s.Quantity > 0).Select(s => new ShareEdit(s.MemberId, s.Quantity, s.DueOn))
                .Concat(l.AddMember is { } added && l.AddQuantity is > 0 ? [new ShareEdit(added, l.AddQuantity.Value, null)] : [])]))]);
        return Act(id, () => desk.Edit(new InquiryId(id), edit, ct), ct);
    }

    private async Task<IActionResult> Act(Guid id, Func<Task<Result<AllocationDto>>> action, CancellationToken ct)
    {
        if (!AllocationDesk.MayAllocate(HttpContext.Actor())) return Forbid();
        var result = await action();
        if (result.Error?.Kind == ErrorKind.NotFound) return NotFound();
        if (result.IsFailure)
            Problems = result.Error!.Fields is { Count: > 0 } fields ? [.. fields.Select(f => $"{f.Key}: {f.Value[0]}")] : [result.Error.Message];
        else
        {
            Saved = true;
            Warnings = result.Value!.Warnings;
        }
        return await Load(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var found = await desk.Page(new InquiryId(id), ct);
        if (found.IsFailure) return false;
        View = found.Value!;
        ModelState.Clear();
        return true;
    }

    public static string StatusText(ShareStatus status) => status switch
    {
        ShareStatus.Proposed => "Share proposed",
        ShareStatus.Offered => "Share offered, awaiting the answer",
        ShareStatus.Accepted => "Share accepted by the household",
        ShareStatus.Declined => "Share declined by the household",
        ShareStatus.Countered => "Household asked for less or later",
        _ => "Share withdrawn",
    };
}

public sealed class LineForm
{
    public Guid LineId { get; set; }
    public List<ShareForm>? Shares { get; set; }
    public Guid? AddMember { get; set; }
    public int? AddQuantity { get; set; }
}

public sealed class ShareForm
{
    public Guid MemberId { get; set; }
    public int Quantity { get; set; }
    public DateOnly? DueOn { get; set; }
}
