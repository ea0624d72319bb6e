using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Features.Documents;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Documents;

/// <summary>
/// A document for the buyer browsing with the site's cookie (/api/orders/{id}/documents/{kind} takes
/// bearer tokens only): the same PDF, for the same reader, checked the same way. A document that
/// is not issued yet answers 409 with a page that says when it will be.
/// </summary>
[Authorize(Policy = Policies.Buyer)]
internal sealed class BuyerDocumentModel(OrderDocuments documents) : PageModel
{
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string kind, CancellationToken ct)
    {
        Id = id;
        Response.Headers.CacheControl = "private, no-store";
        var issued = await documents.IssueAsync(id, kind, HttpContext.Actor(), ct);
        if (issued.IsSuccess) return File(issued.Value!.Pdf, "application/pdf", issued.Value.FileName);
        if (issued.Error!.Kind != ErrorKind.Conflict) return NotFound();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
