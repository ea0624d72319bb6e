using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Features.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Tenancy.Pages.Admin.Tenants;

/// <summary>Create (id "new") or edit an association; suspend and reactivate it.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class EditModel(ManageTenants tenants) : PageModel
{
    [BindProperty] public TenantForm Form { get; set; } = new();
    [FromRoute] public string Id { get; set; } = "";
    public bool IsNew => Id == "new";
    public string? Status { get; private set; }
    public IReadOnlyList<SwitchableModule> Modules => tenants.SwitchableModules;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsNew)
        {
            Form.ModulesOn = [.. Modules.Select(m => m.Key)];
            return Page();
        }
        if (!Guid.TryParse(Id, out var id) || (await tenants.GetAsync(id, ct)) is not { IsSuccess: true } found) return NotFound();
        Load(found.Value!);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        Result<TenantView> result;
        if (IsNew) result = await tenants.CreateAsync(Form.ToInput(Modules), ct);
        else if (Guid.TryParse(Id, out var id)) result = await tenants.UpdateAsync(id, Form.ToInput(Modules), ct);
        else return NotFound();
        return Outcome(result);
    }

    public async Task<IActionResult> OnPostSuspendAsync(string reason, CancellationToken ct) =>
        Guid.TryParse(Id, out var id) ? Outcome(await tenants.SuspendAsync(id, new SuspendTenant(reason), ct)) : NotFound();

    public async Task<IActionResult> OnPostReactivateAsync(CancellationToken ct) =>
        Guid.TryParse(Id, out var id) ? Outcome(await tenants.ReactivateAsync(id, ct)) : NotFound();

    private IActionResult Outcome(Result<TenantView> result)
    {
        if (result.IsSuccess) return RedirectToPage(new { id = result.Value!.Id.ToString() });
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        result.Error.AddTo(ModelState, nameof(Form), $"{nameof(Form)}.{nameof(TenantForm.Brand)}");
        return Page();
    }

    private void Load(TenantView view)
    {
        Form = TenantForm.From(view.Settings);
        Status = view.Status;
    }
}
