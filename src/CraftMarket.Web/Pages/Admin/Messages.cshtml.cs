using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Web.Pages.Admin;

/// <summary>The platform admin's view of messages the outbox gave up on, across modules, with a retry for each.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class MessagesModel(DeadLetters dead, ModuleText<SiteText> t) : PageModel
{
    public IReadOnlyList<DeadMessage> Dead { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Dead = await dead.ListAsync(ct);

    public async Task<IActionResult> OnPostRetryAsync(string module, Guid id, CancellationToken ct)
    {
        var retried = await dead.RetryAsync(module ?? "", id, ct);
        if (retried.IsFailure) return NotFound();
        Notice = t["The message will be delivered again."];
        Dead = await dead.ListAsync(ct);
        return Page();
    }
}
