using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Features.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Documents;

/// <summary>
/// A document for the export desk or the association's admin browsing with the cookie. The desk may
/// preview the invoice and the packing list before the order is ready to ship (marked as a draft,
/// not recorded as issued). Other staff (inspectors) get 404, as on the API.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class DeskDocumentModel(OrderDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string kind, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        var issued = await documents.IssueAsync(id, kind, HttpContext.Actor(), ct);
        return issued.IsSuccess ? File(issued.Value!.Pdf, "application/pdf", issued.Value.FileName) : NotFound();
    }
}
