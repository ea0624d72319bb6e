using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.OtherCertificates;
using CraftMarket.QualityMarks.Pages.Admin.Quality.Schemes;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.OtherCertificates;

/// <summary>One member's certificate: its document (upload, download), its details, withdrawing it.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class EditModel(OtherCertificateEditor editor, OtherCertificateDocument documents, ModuleText<QualityMarksText> texts) : PageModel
{
    [BindProperty] public CertificateForm Form { get; set; } = new();
    public OtherCertificateDto? Certificate { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = CertificateForm.From(Certificate!);
        Notice = CriterionKinds.Notices.Contains(done, StringComparer.Ordinal) ? done : null;
        return Page();
    }

    /// <summary>The document, for staff only (this page's policy); never cached.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid id, CancellationToken ct)
    {
        if (await documents.OpenAsync(new OtherCertificateId(id), ct) is not { } content) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        var name = content.File.Kind == Media.Contracts.StoredFileKind.Pdf ? "certificate.pdf" : "certificate.jpg";
        return File(content.Content, content.File.ContentType, name);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var saved = await editor.UpdateAsync(new OtherCertificateId(id), Form.ToInput(), ct);
        return await DoneAsync(id, saved.IsSuccess ? null : saved.Error, "The certificate was saved.", keepForm: true, ct);
    }

    public async Task<IActionResult> OnPostDocumentAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        var uploaded = await documents.UploadAsync(new OtherCertificateId(id), file, ct);
        return await DoneAsync(id, uploaded.IsSuccess ? null : uploaded.Error, "Document uploaded.", keepForm: false, ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, string? reason, CancellationToken ct)
    {
        var withdrawn = await editor.WithdrawAsync(new OtherCertificateId(id), reason, ct);
        return await DoneAsync(id, withdrawn.Error, "Certificate withdrawn.", keepForm: false, ct);
    }

    private async Task<IActionResult> DoneAsync(Guid id, Error? error, string done, bool keepForm, CancellationToken ct)
    {
        if (error is null) return Redirect($"{Request.PathBase}/admin/quality/other-certificates/{id}?done={Uri.EscapeDataString(done)}");
        if (error.Kind == ErrorKind.NotFound || !await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        Func<string, string>? inputOf = keepForm ? null : static f => f;   // the upload and withdraw forms name their own inputs
        ModelState.AddErrors(error.InPageLanguage(texts), keepForm ? nameof(Form) : "", inputOf);
        if (!keepForm) Form = CertificateForm.From(Certificate!);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await editor.FindReadableAsync(new OtherCertificateId(id), ct) is not { } found) return false;
        var loaded = await editor.GetAsync(found.Id, await documents.DescribeAsync(found.DocumentFileId, ct), ct);
        Certificate = loaded.Value;
        return loaded.IsSuccess;
    }
}
