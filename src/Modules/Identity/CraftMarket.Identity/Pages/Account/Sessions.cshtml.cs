using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Features.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>Where the account is signed in (browsers and apps), with a way to end any of them.</summary>
[Authorize]
internal sealed class SessionsModel(AccountSessions sessions) : PageModel
{
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    private Guid UserId => HttpContext.Actor().UserId!.Value;
    private Guid? Current => SessionClaims.IdOf(User);

    public async Task OnGetAsync(CancellationToken ct) => Sessions = await sessions.ListAsync(UserId, Current, ct);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var revoked = await sessions.RevokeAsync(UserId, id, ct);
        if (revoked.IsFailure) return NotFound();
        // Ending the session this browser uses is signing out here: the next page asks to sign in.
        return id == Current ? LocalRedirect("~/") : RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeOthersAsync(CancellationToken ct)
    {
        await sessions.RevokeOthersAsync(UserId, Current, ct);
        return RedirectToPage();
    }
}
