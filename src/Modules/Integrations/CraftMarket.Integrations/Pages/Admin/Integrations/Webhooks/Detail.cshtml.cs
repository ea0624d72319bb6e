using CraftMarket.Identity.Contracts;
using CraftMarket.Integrations.Features.Webhooks;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Integrations.Pages.Admin.Integrations.Webhooks;

/// <summary>One endpoint: its events (changeable), the secret's rotation (the new one shown once), switching it on again, deletion, and the delivery log with replay.</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class DetailModel(WebhookAdmin admin, ModuleText<IntegrationsText> texts) : PageModel
{
    public WebhookEndpointDto Endpoint { get; private set; } = null!;
    public IReadOnlyList<WebhookDeliveryDto> Deliveries { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public RotatedSecretDto? Rotated { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public List<string> EventTypes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) =>
        await After(id, await admin.UpdateAsync(id, new WebhookEndpointRequest(Address, Description, EventTypes), ct), "Saved.", ct);

    public async Task<IActionResult> OnPostRotateAsync(Guid id, CancellationToken ct)
    {
        var rotated = await admin.RotateAsync(id, ct);
        if (rotated.IsSuccess) Rotated = rotated.Value;
        return await After(id, rotated.IsSuccess ? Result.Ok() : rotated.Error!, null, ct);
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct) =>
        await After(id, await admin.EnableAsync(id, ct), "The endpoint is switched on again.", ct);

    public async Task<IActionResult> OnPostReplayAsync(Guid id, Guid delivery, CancellationToken ct)
    {
        // The delivery must be this endpoint's: another one's id answers "not found" like any unknown id.
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Deliveries.All(d => d.Id != delivery)) return NotFound();
        return await After(id, await admin.ReplayAsync(delivery, ct), "The delivery will be sent again in a moment.", ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var deleted = await admin.DeleteAsync(id, ct);
        if (deleted.IsSuccess) return Redirect($"{Request.PathBase}/admin/integrations/webhooks");
        return await After(id, deleted, null, ct);
    }

    private async Task<IActionResult> After<T>(Guid id, Result<T> result, string? notice, CancellationToken ct) =>
        await After(id, result.IsSuccess ? Result.Ok() : result.Error!, notice, ct);

    private async Task<IActionResult> After(Guid id, Result result, string? notice, CancellationToken ct)
    {
        if (result.IsFailure && result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        var keepForm = result.IsFailure;
        var (url, description, types) = (Address, Description, EventTypes);
        if (!await LoadAsync(id, ct)) return NotFound();
        if (result.IsFailure)
        {
            Errors = WebhookPageText.Messages(result.Error!, texts);
            if (keepForm && url is not null) (Address, Description, EventTypes) = (url, description, types);
        }
        else Notice = notice;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var endpoint = await admin.GetAsync(id, ct);
        if (endpoint.IsFailure) return false;
        Endpoint = endpoint.Value!;
        (Address, Description, EventTypes) = (Endpoint.Url, Endpoint.Description, [.. Endpoint.EventTypes]);
        Deliveries = (await admin.DeliveriesAsync(id, null, 100, ct)).Value ?? [];
        return true;
    }
}
