using CraftMarket.Identity.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Hosting;

namespace CraftMarket.Identity.Pages.Dev;

/// <summary>What the platform "sent", for developers. Exists only in Development: it shows sign-in codes.</summary>
internal sealed class MailboxModel(DevMailbox mailbox, IHostEnvironment environment) : PageModel
{
    public IReadOnlyList<MailboxMessage> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!environment.IsDevelopment()) return NotFound();
        Messages = [.. (await mailbox.ReadAllAsync(ct)).Reverse().Take(200)];
        return Page();
    }
}
