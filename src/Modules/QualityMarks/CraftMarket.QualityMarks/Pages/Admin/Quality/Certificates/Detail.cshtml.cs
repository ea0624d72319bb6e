using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Certificates;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Certificates;

/// <summary>One certificate for staff: facts, products, audit trail; the association admin suspends, revokes or reinstates it here.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class DetailModel(CertificateReads reads, CertificateTransitions transitions, CertificatePageData names) : PageModel
{
    [BindProperty] public string? Reason { get; set; }

    public CertificateDto Certificate { get; private set; } = null!;
    public IReadOnlyList<CertificateAuditDto> Audit { get; private set; } = [];
    public string MemberName { get; private set; } = "";
    public string SchemeName { get; private set; } = "";
    public IReadOnlyDictionary<Guid, string> Products { get; private set; } = new Dictionary<Guid, string>();
    public bool CanDecide => HttpContext.Actor().IsAssociationAdmin;
    public bool CanSuspend => CanDecide && Certificate.State is "valid" or "not-yet-valid";
    public bool CanRevoke => CanDecide && Certificate.Status != "revoked";
    public bool CanReinstate => CanDecide && Certificate.Status == "suspended" && Certificate.ExpiresOn >= Today;
    public string? Notice { get; private set; }

    private static DateOnly Today => Domain.RegistryClock.Today(DateTimeOffset.UtcNow);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSuspendAsync(Guid id, CancellationToken ct) => Act(id, a => transitions.Suspend(new CertificateId(id), Reason, a, ct), ct);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) => Act(id, a => transitions.Revoke(new CertificateId(id), Reason, a, ct), ct);

    public Task<IActionResult> OnPostReinstateAsync(Guid id, CancellationToken ct) => Act(id, a => transitions.Reinstate(new CertificateId(id), Reason, a, ct), ct);

    private async Task<IActionResult> Act(Guid id, Func<CurrentActor, Task<Result<CertificateDto>>> action, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsAssociationAdmin) return Forbid();
        var result = await action(actor);
        if (result.Error?.Kind == ErrorKind.NotFound) return NotFound();
        if (result.IsSuccess) return RedirectToPage(new { id });
        Notice = result.Error!.Fields is { Count: > 0 } fields ? fields.Values.First()[0] : result.Error.Message;
        return await Load(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        var found = await reads.Get(new CertificateId(id), actor, ct);
        if (found.IsFailure) return false;
        Certificate = found.Value!;
        Audit = (await reads.Audit(new CertificateId(id), ct)).Value ?? [];
        MemberName = (await names.MemberNamesAsync(ct)).GetValueOrDefault(Certificate.MemberId) ?? "";
        SchemeName = (await names.SchemeNamesAsync(ct)).GetValueOrDefault(Certificate.SchemeId) ?? "";
        Products = await names.ProductNamesAsync(new CraftMarket.Members.Contracts.MemberId(Certificate.MemberId), ct);
        return true;
    }
}
