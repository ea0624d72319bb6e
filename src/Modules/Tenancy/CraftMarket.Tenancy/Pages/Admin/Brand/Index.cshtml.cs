using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Features.Brand;
using CraftMarket.Tenancy.Features.Tenants;
using CraftMarket.Tenancy.Pages.Admin.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Tenancy.Pages.Admin.Brand;

[Authorize(Policy = Policies.AssociationAdmin)]
[RequestSizeLimit(BrandLogo.RequestLimit)]
internal sealed class IndexModel(EditBrand brand, BrandLogo logos) : PageModel
{
    [BindProperty] public BrandForm Form { get; set; } = new();
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Show(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await brand.UpdateAsync(Form.ToInput(), ct);
        if (result.IsFailure)
        {
            result.Error!.AddTo(ModelState, nameof(Form), nameof(Form));
            return Page();
        }
        Notice = "Saved. Your pages now use the new brand.";
        return Page();
    }

    public async Task<IActionResult> OnPostLogoAsync(IFormFile? logo, CancellationToken ct) =>
        await AfterLogo(await logos.UploadAsync(logo, ct), "Logo uploaded. Your pages now show it.", ct);

    public async Task<IActionResult> OnPostRemoveLogoAsync(CancellationToken ct) =>
        await AfterLogo(await logos.RemoveAsync(ct), "Logo removed.", ct);

    private async Task<IActionResult> AfterLogo(Result<BrandInput> result, string notice, CancellationToken ct)
    {
        ModelState.Clear();   // the brand form was not posted: show it as stored
        if (result.IsFailure)
        {
            if (result.Error!.Fields?.GetValueOrDefault("logo") is { } messages)
                foreach (var m in messages) ModelState.AddModelError("logo", m);
            else ModelState.AddModelError("logo", result.Error.Message);
        }
        else Notice = notice;
        return await Show(ct);
    }

    private async Task<IActionResult> Show(CancellationToken ct)
    {
        var current = await brand.GetAsync(ct);
        if (current.IsFailure) return NotFound();
        Form = BrandForm.From(current.Value!);
        return Page();
    }
}
