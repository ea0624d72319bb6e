using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Features.OtherCertificates;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.OtherCertificates;

/// <summary>Staff record a certificate an active member holds; the document is attached on the next page.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class CreateModel(OtherCertificateEditor editor, IMemberDirectory directory, ModuleText<QualityMarksText> texts) : PageModel
{
    [BindProperty] public CertificateForm Form { get; set; } = new();
    public IReadOnlyList<MemberSummary> Members { get; private set; } = [];

    public async Task OnGetAsync(Guid? memberId, CancellationToken ct)
    {
        Form.MemberId = memberId;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var created = await editor.CreateAsync(Form.ToInput(), ct);
        if (created.IsSuccess)
            return Redirect($"{Request.PathBase}/admin/quality/other-certificates/{created.Value!.Id}?done={Uri.EscapeDataString("Certificate recorded.")}");
        ModelState.Clear();
        ModelState.AddErrors(created.Error!.InPageLanguage(texts), nameof(Form));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Members = [.. (await directory.ListAsync(ct)).Where(m => m.Status == MemberStatus.Active).OrderBy(m => m.DisplayName, StringComparer.Ordinal)];
}
