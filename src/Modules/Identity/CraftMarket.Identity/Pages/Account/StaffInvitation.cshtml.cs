using System.ComponentModel.DataAnnotations;
using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.Staff;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>Where a staff invitation's link lands: a new person sets a password; someone with an account signs in and joins.</summary>
[EnableRateLimiting(SignInRateLimits.SignIn), TranslateFormErrors]
internal sealed class StaffInvitationModel(StaffInvitationAcceptance acceptance, SignInManager<CraftMarketUser> signIn, UserManager<CraftMarketUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? Password { get; set; }

    public StaffInvitation? Invitation { get; private set; }
    public bool HasAccount { get; private set; }
    public bool Accepted { get; private set; }
    public bool SignedIn => HttpContext.Actor().IsSignedIn;

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await acceptance.AcceptAsNewAsync(new AcceptStaffInvitation(Token, DisplayName, Password), ct);
        if (result.IsFailure) return await Failed(result.Error!, ct);
        Accepted = true;
        return Page();
    }

    public async Task<IActionResult> OnPostJoinAsync(CancellationToken ct)
    {
        if (HttpContext.Actor().UserId is not { } userId) return Challenge();
        var result = await acceptance.AcceptAsAsync(userId, Token, ct);
        if (result.IsFailure) return await Failed(result.Error!, ct);
        // The new roles are in the cookie from now on, not at the next sign-in.
        if (await users.FindByIdAsync(userId.ToString()) is { } user) await signIn.RefreshSignInAsync(user);
        Accepted = true;
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        Invitation = await acceptance.FindOpenAsync(Token, ct);
        HasAccount = Invitation is not null && await acceptance.HasAccountAsync(Invitation, ct);
    }

    private async Task<IActionResult> Failed(Error error, CancellationToken ct)
    {
        ModelState.AddErrors(error);
        if (error.Fields is null) ModelState.AddModelError("", error.Message);
        await Load(ct);
        return Page();
    }
}
