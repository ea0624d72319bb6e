using CraftMarket.Identity.Authentication;
using System.ComponentModel.DataAnnotations;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Features.SignIn;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>Second step of a cookie sign-in when the account has an authenticator (or a recovery code).</summary>
[EnableRateLimiting(SignInRateLimits.SignIn), TranslateFormErrors]
internal sealed class Login2faModel(SignInManager<CraftMarketUser> signIn, PasswordCheck passwords, SecurityLog log, ModuleText<IdentityText> t) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the code.")]
    public string Code { get; set; } = "";

    [BindProperty]
    public bool RememberMachine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return RedirectToPage("./Login");
        var code = Code.Replace(" ", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberMachine)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await log.RecordAsync(user.Id, SecurityEventKind.SignedIn, "password and second factor");
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }
        // Wrong codes still count towards a short lock (only the password's holder gets here): shown as a wait.
        if (result.IsLockedOut && SignInThrottled.ShowOn(this, passwords.LockedByTwoFactor(user), t)) return Page();
        ModelState.AddModelError(nameof(Code), "That code is not valid.");
        return Page();
    }
}
