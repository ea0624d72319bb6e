using CraftMarket.Catalogue.Features.Csv;
using CraftMarket.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Catalogue.Pages.Admin.Catalogue;

/// <summary>The CSV export for a signed-in browser (the API's export needs a bearer token).</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class ExportModel(ExportCatalogueHandler export) : PageModel
{
    /// <summary>Streams the rows straight to the response; the (empty) page itself is never rendered.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"catalogue-{DateTime.UtcNow:yyyyMMdd}.csv\"";
        await export.WriteAsync(Response.Body, ct);
        return new EmptyResult();
    }
}
