using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
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
internal sealed class IndexModel(
    EditBrand brand, BrandLogo logos, EditStory stories, ITenantContext current, ITenantDirectory directory, ModuleText<TenancyText> t) : PageModel
{
    [BindProperty] public BrandForm Form { get; set; } = new();
    [BindProperty] public StoryForm Story { get; set; } = new();
    public string? Notice { get; private set; }

    /// <summary>Vietnamese and English always; French and Japanese when the association offers them.</summary>
    public IReadOnlyList<string> Languages =>
        [.. new[] { "vi", "en", "fr", "ja" }.Where(l => l is "vi" or "en"
            || (current.TenantId is { } id && directory.FindById(id) is { } t && t.SupportedLanguages.Contains(l)))];

    public string LanguageName(string code) => code switch
    {
        "vi" => t["Vietnamese"], "en" => t["English"], "fr" => t["French"], _ => t["Japanese"],
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Show(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await brand.UpdateAsync(Form.ToInput(), ct);
        ModelState.Clear();   // only this form was posted
        if (result.IsFailure) result.Error!.AddTo(ModelState, nameof(Form), nameof(Form));
        else Notice = t["Saved. Your pages now use the new brand."];
        return await Show(ct, keepBrand: true);
    }

    public async Task<IActionResult> OnPostStoryAsync(CancellationToken ct)
    {
        var result = await stories.UpdateAsync(Story.ToStory(), ct);
        ModelState.Clear();
        if (result.IsFailure)
        {
            ModelState.AddErrors(result.Error!, inputOf: field => StoryForm.FieldOf(field, nameof(Story)));
            return await Show(ct, keepStory: true);
        }
        Notice = t["Story saved. Your home and about pages now tell it."];
        return await Show(ct);
    }

    public async Task<IActionResult> OnPostLogoAsync(IFormFile? logo, CancellationToken ct) =>
        await AfterLogo(await logos.UploadAsync(logo, ct), t["Logo uploaded. Your pages now show it."], ct);

    public async Task<IActionResult> OnPostRemoveLogoAsync(CancellationToken ct) =>
        await AfterLogo(await logos.RemoveAsync(ct), t["Logo removed."], ct);

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

    /// <summary>Each form as stored, except the one just posted with errors, which keeps what was typed.</summary>
    private async Task<IActionResult> Show(CancellationToken ct, bool keepBrand = false, bool keepStory = false)
    {
        var current = await brand.GetAsync(ct);
        var story = await stories.GetAsync(ct);
        if (current.IsFailure || story.IsFailure) return NotFound();
        if (!keepBrand || ModelState.IsValid) Form = BrandForm.From(current.Value!);
        if (!keepStory) Story = StoryForm.From(story.Value!);
        return Page();
    }
}
