using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.TwoFactor;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>
/// Sets up the authenticator (key as text and as a QR code), and once it is on: new recovery codes
/// or turning it off. Every change asks for the current password; the browser's own session is
/// renewed after a change of the security stamp, so only the person's other sessions end.
/// </summary>
[Authorize, EnableRateLimiting(SignInRateLimits.SignIn), TranslateFormErrors]
internal sealed class TwoFactorModel(UserManager<CraftMarketUser> users, SignInManager<CraftMarketUser> signIn, Authenticator authenticator)
    : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    public AuthenticatorSetup? Setup { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }
    public bool TurnedOff { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user) : Challenge();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var enabled = await authenticator.EnableAsync(user, Code, CurrentPassword);
        if (enabled.IsFailure) ModelState.AddErrors(enabled.Error!);
        else
        {
            RecoveryCodes = enabled.Value;
            await signIn.RefreshSignInAsync(user);
        }
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var codes = await authenticator.RegenerateRecoveryCodesAsync(user, CurrentPassword);
        if (codes.IsFailure) ModelState.AddErrors(codes.Error!);
        else RecoveryCodes = codes.Value;
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var disabled = await authenticator.DisableAsync(user, CurrentPassword);
        if (disabled.IsFailure) ModelState.AddErrors(disabled.Error!);
        else
        {
            TurnedOff = true;
            await signIn.RefreshSignInAsync(user);
        }
        return await ShowAsync(user);
    }

    private async Task<PageResult> ShowAsync(CraftMarketUser user)
    {
        Setup = await authenticator.SetupAsync(user);
        return Page();
    }
}
