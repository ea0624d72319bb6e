using CraftMarket.Identity.Contracts;
using CraftMarket.Integrations.Features.Webhooks;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Integrations.Pages.Admin.Integrations.Webhooks;

/// <summary>The association admin's webhook endpoints, and the form to register one (its secret is shown once, on the answer to the form).</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class IndexModel(WebhookAdmin admin, ModuleText<IntegrationsText> texts) : PageModel
{
    public IReadOnlyList<WebhookEndpointDto> Endpoints { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public CreatedWebhookEndpointDto? Created { get; private set; }

    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public List<string> EventTypes { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Endpoints = await admin.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var created = await admin.CreateAsync(new WebhookEndpointRequest(Address, Description, EventTypes), ct);
        if (created.IsSuccess)
        {
            Created = created.Value;
            Address = Description = null;
            EventTypes = [];
        }
        else Errors = WebhookPageText.Messages(created.Error!, texts);
        Endpoints = await admin.ListAsync(ct);
        return Page();
    }
}
