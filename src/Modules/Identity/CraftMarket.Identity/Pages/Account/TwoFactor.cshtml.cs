using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.TwoFactor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Pages.Account;

[Authorize, TranslateFormErrors]
internal sealed class TwoFactorModel(UserManager<CraftMarketUser> users, SignInManager<CraftMarketUser> signIn, Authenticator authenticator) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public AuthenticatorSetup? Setup { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Setup = await authenticator.SetupAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var enabled = await authenticator.EnableAsync(user, Code);
        if (enabled.IsFailure) ModelState.AddModelError(nameof(Code), enabled.Error!.Message);
        else
        {
            RecoveryCodes = enabled.Value;
            // Switching 2FA on renews the stamp, which ends every session; this browser's own continues.
            await signIn.RefreshSignInAsync(user);
        }
        Setup = await authenticator.SetupAsync(user);
        return Page();
    }
}
