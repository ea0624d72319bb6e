using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Codes;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Labels;

/// <summary>
/// Label batches for the association admin and the export desk, in Vietnamese: issue a batch for a
/// certified product, download its codes (CSV) and labels (PDF), revoke a batch or some codes; the
/// admin also sees the signing keys and rotates them. Plain forms: works without JavaScript.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(QualityMarksDb db, ICatalogue catalogue, IssueLabelBatch issue, LabelBatchQueries queries, RevokeCodes revoke,
    AssociationKeys keys, ModuleText<QualityMarksText> t, TimeProvider clock) : PageModel
{
    public sealed record ProductChoice(Guid Id, string Name, string CertificateNumber);

    public PagedList<LabelBatchDto> Batches { get; private set; } = new([], 1, 20, 0);
    public IReadOnlyList<ProductChoice> Certified { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> ProductNames { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<SigningKeyDto> Keys { get; private set; } = [];
    public bool IsAdmin { get; private set; }
    public string? Notice { get; private set; }
    public string? Problem { get; private set; }
    public int PageCount => Math.Max(1, (Batches.Total + Batches.PageSize - 1) / Batches.PageSize);

    [BindProperty] public Guid? ProductId { get; set; }
    [BindProperty] public int? Quantity { get; set; }
    [BindProperty] public string? Size { get; set; }

    public async Task<IActionResult> OnGetAsync(int p = 1, string? done = null, CancellationToken ct = default)
    {
        if (!MayIssue()) return Forbid();
        Notice = done switch
        {
            "issued" => t["The batch was issued. Download its codes or labels below."],
            "revoked" => t["The batch was revoked: its codes now show as revoked everywhere."],
            "codes-revoked" => t["The codes were revoked: they now show as revoked everywhere."],
            "rotated" => t["A new signing key was made. Labels already printed keep verifying with the old key."],
            _ => null,
        };
        await LoadAsync(p, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        if (!MayIssue()) return Forbid();
        var issued = await issue.Handle(new IssueLabelBatchRequest(ProductId, Quantity, Size), HttpContext.Actor(), ct);
        return issued.IsSuccess ? RedirectToPage(new { done = "issued" }) : await Failed(issued.Error!, ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (!MayIssue()) return Forbid();
        var revoked = await revoke.RevokeBatchAsync(new LabelBatchId(id), new RevokeBatchRequest(reason), HttpContext.Actor(), ct);
        return revoked.IsSuccess ? RedirectToPage(new { done = "revoked" }) : await Failed(revoked.Error!, ct);
    }

    public async Task<IActionResult> OnPostRevokeRangeAsync(Guid id, int? fromSerial, int? toSerial, string? reason, CancellationToken ct)
    {
        if (!MayIssue()) return Forbid();
        var revoked = await revoke.RevokeRangeAsync(new LabelBatchId(id), new RevokeCodesRequest(fromSerial, toSerial, reason), HttpContext.Actor(), ct);
        return revoked.IsSuccess ? RedirectToPage(new { done = "codes-revoked" }) : await Failed(revoked.Error!, ct);
    }

    public async Task<IActionResult> OnPostRotateAsync(CancellationToken ct)
    {
        if (!HttpContext.Actor().IsAssociationAdmin) return Forbid();
        await keys.RotateAsync(AuditActor.Of(HttpContext.Actor()), ct);
        return RedirectToPage(new { done = "rotated" });
    }

    private bool MayIssue() => HttpContext.Actor() is { } actor && (actor.IsAssociationAdmin || actor.IsExportDesk);

    private async Task<IActionResult> Failed(Error error, CancellationToken ct)
    {
        Problem = error.Code switch
        {
            "product_not_certified" => t["No certificate covers this product: labels are issued only for certified products."],
            "certificate_not_valid" => t["The product's certificate is not valid now (suspended, revoked or expired): no labels can be issued."],
            "batch_already_revoked" => t["This batch was already revoked."],
            "not_found" => t["That batch or product was not found in this association."],
            _ => error.Fields?.Keys.FirstOrDefault() switch
            {
                "productId" => t["Choose a certified product."],
                "quantity" => t["A batch holds 1 to 100,000 codes."],
                "size" => t["Choose the label size."],
                "fromSerial" or "toSerial" => t["The serials must be within the batch, the first no later than the last."],
                "reason" => t["Say why the codes are revoked (at most 1,000 characters)."],
                _ => t["The request could not be completed."],
            },
        };
        Response.StatusCode = error.Kind == ErrorKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        await LoadAsync(1, ct);
        return Page();
    }

    private async Task LoadAsync(int page, CancellationToken ct)
    {
        IsAdmin = HttpContext.Actor().IsAssociationAdmin;
        Batches = await queries.ListAsync(new LabelBatchQuery(Paging.ClampPage(page), 20), ct);
        var names = new Dictionary<Guid, string>();
        await foreach (var product in catalogue.PublishedAsync(ct))
            names[product.Id.Value] = product.Name.GetValueOrDefault("vi") ?? product.Name.Values.FirstOrDefault() ?? "";
        ProductNames = names;
        var now = clock.GetUtcNow();
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.Status == CertificateStatus.Active).ToListAsync(ct);
        Certified = [.. certificates.Where(c => c.IsValidAt(now))
            .SelectMany(c => c.ProductIds.Select(p => new ProductChoice(p, names.GetValueOrDefault(p) ?? ShortId(p), c.Number)))
            .DistinctBy(c => c.Id).OrderBy(c => c.Name, StringComparer.Ordinal)];
        if (IsAdmin) Keys = [.. (await db.Keys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(ct)).Select(SigningKeyDto.From)];
    }

    public string NameOf(Guid product) => ProductNames.GetValueOrDefault(product) ?? ShortId(product);

    private static string ShortId(Guid id) => id.ToString()[..8];
}
