using CraftMarket.QualityMarks.Features.Registry;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Registry;

/// <summary>/registry/certificates/{number}: one certificate as buyers see it (the QR code on the certificate PDF leads here).</summary>
[StorefrontPage]
internal sealed class CertificateModel(RegistryQuery registry) : PageModel
{
    public RegistryEntry Entry { get; private set; } = null!;
    public RegistryMark? Mark { get; private set; }
    public IReadOnlyList<RegistryText> Criteria { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        if (await registry.CertificateAsync(Request, Ui.Language, number, ct) is not { } found) return NotFound();
        (Entry, Mark, Criteria) = found;
        return Page();
    }
}
