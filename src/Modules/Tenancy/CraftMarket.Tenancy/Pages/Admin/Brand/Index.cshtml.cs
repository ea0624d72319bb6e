using CraftMarket.Identity.Contracts;
using CraftMarket.Tenancy.Features.Brand;
using CraftMarket.Tenancy.Pages.Admin.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Tenancy.Pages.Admin.Brand;

[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class IndexModel(EditBrand brand) : PageModel
{
    [BindProperty] public BrandForm Form { get; set; } = new();
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await brand.GetAsync(ct);
        if (current.IsFailure) return NotFound();
        Form = BrandForm.From(current.Value!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await brand.UpdateAsync(Form.ToInput(), ct);
        if (result.IsFailure)
        {
            result.Error!.AddTo(ModelState, nameof(Form), nameof(Form));
            return Page();
        }
        Saved = true;
        return Page();
    }
}
