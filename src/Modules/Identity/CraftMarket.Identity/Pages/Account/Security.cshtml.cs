using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Features.AccountSecurity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>The owner's own security log: sign-ins, failures, 2FA and password changes, newest first.</summary>
[Authorize]
internal sealed class SecurityModel(SecurityLog log) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<SecurityEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Events = await log.ForAsync(HttpContext.Actor().UserId!.Value, Shown, ct);
}
