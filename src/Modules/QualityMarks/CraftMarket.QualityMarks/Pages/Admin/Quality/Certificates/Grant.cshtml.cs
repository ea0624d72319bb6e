using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Certificates;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Certificates;

/// <summary>
/// The inspector (or the association admin) grants the mark on the phone, right after a passed
/// inspection: the application's products as checkboxes, the inspection's summary, the issue date.
/// A plain form (no script), usable at 360 px; the button has id "grant".
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class GrantModel(QualityMarksDb db, GrantCertificateHandler grant, CertificatePageData names, TimeProvider clock) : PageModel
{
    [BindProperty] public List<Guid> ProductIds { get; set; } = [];
    [BindProperty] public DateOnly? IssuedOn { get; set; }

    public MarkApplication Application { get; private set; } = null!;
    public Inspection? Latest { get; private set; }
    public string MemberName { get; private set; } = "";
    public string SchemeName { get; private set; } = "";
    public IReadOnlyDictionary<Guid, string> Products { get; private set; } = new Dictionary<Guid, string>();
    public Guid? GrantedCertificate { get; private set; }

    /// <summary>Why the form is not shown, or null when the application can be granted.</summary>
    public string? Blocked => GrantedCertificate is not null ? "A certificate has already been granted on this application."
        : Application.Status is not (ApplicationStatus.Submitted or ApplicationStatus.Inspecting) ? "Only a submitted application or one under inspection can be granted."
        : Latest is null ? "No inspection of this application has been recorded: a certificate needs a passed inspection."
        : Latest.Outcome != InspectionOutcome.Passed ? "The latest inspection of this application failed: a certificate needs a passed inspection."
        : null;

    public async Task<IActionResult> OnGetAsync(Guid applicationId, CancellationToken ct)
    {
        if (!MayGrant) return Forbid();
        if (!await Load(applicationId, ct)) return NotFound();
        ProductIds = [.. Application.ProductIds];
        IssuedOn = RegistryClock.Today(clock.GetUtcNow());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid applicationId, CancellationToken ct)
    {
        if (!MayGrant) return Forbid();
        if (ProductIds.Count == 0) ModelState.AddModelError(nameof(ProductIds), "Choose at least one product of the application.");
        else
        {
            var result = await grant.Handle(new GrantCertificateRequest(applicationId, ProductIds, IssuedOn), HttpContext.Actor(), ct);
            if (result.Error?.Kind == ErrorKind.NotFound) return NotFound();
            if (result.IsSuccess) return Redirect($"{Request.PathBase}/admin/quality/certificates/{result.Value!.Id}");
            ModelState.AddErrors(result.Error!, "", field => field switch { "productIds" => nameof(ProductIds), "issuedOn" => nameof(IssuedOn), _ => "" });
        }
        return await Load(applicationId, ct) ? Page() : NotFound();
    }

    private bool MayGrant => HttpContext.Actor() is { } actor && (actor.IsInspector || actor.IsAssociationAdmin);

    private async Task<bool> Load(Guid applicationId, CancellationToken ct)
    {
        var id = new MarkApplicationId(applicationId);
        if (await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is not { } application) return false;
        Application = application;
        var inspections = await db.Inspections.AsNoTracking().Where(i => i.ApplicationId == id && i.Outcome != InspectionOutcome.Pending).ToListAsync(ct);
        Latest = inspections.OrderByDescending(i => i.PerformedAt ?? i.CreatedAt).ThenByDescending(i => i.Id.Value).FirstOrDefault();
        GrantedCertificate = await db.Certificates.AsNoTracking().Where(c => c.ApplicationId == id).Select(c => (Guid?)c.Id.Value).FirstOrDefaultAsync(ct);
        MemberName = (await names.MemberNamesAsync(ct)).GetValueOrDefault(application.MemberId.Value) ?? "";
        SchemeName = (await names.SchemeNamesAsync(ct)).GetValueOrDefault(application.SchemeId.Value) ?? "";
        Products = await names.ProductNamesAsync(application.MemberId, ct);
        return true;
    }
}
