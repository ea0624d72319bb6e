using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features;
using CraftMarket.Catalogue.Features.Csv;
using CraftMarket.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Catalogue.Pages.Admin.Catalogue;

/// <summary>Upload a catalogue CSV; a file with any bad row imports nothing and lists each problem.</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
[RequestSizeLimit(CsvEndpoints.MaxFileBytes + 64 * 1024)]
internal sealed class ImportModel(ImportCatalogueHandler import) : PageModel
{
    public ImportOutcome? Outcome { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (Actor.From(HttpContext.Actor()) is not { IsAssociationAdmin: true } admin) return Forbid();
        if (file is null || file.Length == 0) ModelState.AddModelError("file", "Choose a CSV file.");
        else if (file.Length > CsvEndpoints.MaxFileBytes) ModelState.AddModelError("file", "At most 20 MB per file.");
        else
        {
            await using var stream = file.OpenReadStream();
            Outcome = await import.Import(stream, admin, ct);
        }
        return Page();
    }
}
