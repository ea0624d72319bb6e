using CraftMarket.Identity.Authentication;
using System.ComponentModel.DataAnnotations;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.Identity.Features.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.SignIn), TranslateFormErrors]
internal sealed class LoginModel(PasswordCheck passwords, ModuleText<IdentityText> t) : PageModel
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
        var checkedPassword = await passwords.SignInAsync(byEmail ? Login : null, byEmail ? null : Login, Password, RememberMe, ct);
        if (checkedPassword.IsFailure)
        {
            if (SignInThrottled.ShowOn(this, checkedPassword.Error!, t)) return Page();
            var error = checkedPassword.Error!;
            if (error.Fields is { Count: > 0 }) ModelState.AddModelError(nameof(Login), error.Message);
            else ModelState.AddModelError("", error.Message);
            return Page();
        }
        var result = checkedPassword.Value.Result;
        if (result.RequiresTwoFactor) return RedirectToPage("./Login2fa", new { ReturnUrl, RememberMe });
        return LocalRedirect(SafeReturnUrl(ReturnUrl));
    }

    /// <summary>Only local paths, so a crafted link cannot bounce a fresh session to another site.</summary>
    public static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : "~/";
}
