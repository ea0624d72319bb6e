using CraftMarket.Identity.Authentication;
using System.ComponentModel.DataAnnotations;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.SignIn), TranslateFormErrors]
internal sealed class LoginModel(AccountLookup accounts, SignInManager<CraftMarketUser> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your e-mail or phone number.")]
    public string Login { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var byEmail = Login.Contains('@', StringComparison.Ordinal);
        var found = await accounts.FindAsync(byEmail ? Login : null, byEmail ? null : Login, ct);
        if (found.IsFailure)
        {
            ModelState.AddModelError(nameof(Login), found.Error!.Message);
            return Page();
        }
        var result = found.Value is { } user
            ? await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(ReturnUrl));
        if (result.RequiresTwoFactor) return RedirectToPage("./Login2fa", new { ReturnUrl, RememberMe });
        ModelState.AddModelError("", SignInFailures.From(result).Message);
        return Page();
    }

    /// <summary>Only local paths, so a crafted link cannot bounce a fresh session to another site.</summary>
    public static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : "~/";
}
