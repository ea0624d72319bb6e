using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Features.Documents;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Packing;

/// <summary>
/// The desk's packing form for one order (Vietnamese): per line the HS code, pieces per carton,
/// net grams per piece and gross grams per full carton, with the cartons and weights the packing
/// list will print, a warning for lines still without weights, and the three documents to preview.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class PackingModel(PackingReads reads, PackingUpdate update, ModuleText<OrdersText> t) : PageModel
{
    public PackingDto Packing { get; private set; } = null!;
    public bool Saved { get; private set; }

    [BindProperty] public PackingForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Saved = saved;
        Form = PackingForm.From(Packing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError("", t["Enter whole numbers: grams and pieces, without units."]);
            return Page();
        }
        var result = await update.Handle(id, Form.ToRequest(), HttpContext.Actor(), ct);
        if (result.IsSuccess) return Redirect($"~/admin/orders/{id}/packing?saved=true");
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        // The use case answers in English (the API's language); its fixed messages are keys of this page's i18n file.
        var error = result.Error with
        {
            Message = t[result.Error.Message],
            Fields = result.Error.Fields?.ToDictionary(f => f.Key, f => f.Value.Select(m => t[m]).ToArray(), StringComparer.Ordinal),
        };
        ModelState.Clear();
        ModelState.AddErrors(error, "Form", field => string.Join('.', field.Split('.').Select(FormErrors.Pascal)));
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        var found = await reads.Get(id, HttpContext.Actor(), ct);
        if (found.IsFailure) return false;
        Packing = found.Value!;
        return true;
    }
}

internal sealed class PackingForm
{
    public int Revision { get; set; }
    public List<PackingFormLine> Lines { get; set; } = [];

    public static PackingForm From(PackingDto packing) => new()
    {
        Revision = packing.Revision,
        Lines = [.. packing.Lines.Select(l => new PackingFormLine
        {
            LineId = l.LineId, HsCode = l.HsCode, PiecesPerCarton = l.PiecesPerCarton,
            NetGramsPerPiece = l.NetGramsPerPiece, GrossGramsPerCarton = l.GrossGramsPerCarton,
        })],
    };

    public PackingRequest ToRequest() => new(Revision,
        [.. Lines.Select(l => new PackingLineRequest(l.LineId, l.HsCode, l.PiecesPerCarton ?? 0, l.NetGramsPerPiece, l.GrossGramsPerCarton))]);
}

internal sealed class PackingFormLine
{
    public Guid LineId { get; set; }
    public string? HsCode { get; set; }
    public int? PiecesPerCarton { get; set; }
    public int? NetGramsPerPiece { get; set; }
    public int? GrossGramsPerCarton { get; set; }
}
