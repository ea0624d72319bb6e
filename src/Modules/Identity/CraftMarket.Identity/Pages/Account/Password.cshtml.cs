using CraftMarket.Identity.Authentication;
using System.ComponentModel.DataAnnotations;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.Password;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>Change password; this browser stays signed in (its cookie is renewed with the new stamp), others end.</summary>
[Authorize, EnableRateLimiting(SignInRateLimits.SignIn), TranslateFormErrors]
internal sealed class PasswordModel(UserManager<CraftMarketUser> users, SignInManager<CraftMarketUser> signIn, PasswordChange passwords)
    : PageModel
{
    [BindProperty, DataType(DataType.Password)] public string? CurrentPassword { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? NewPassword { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? ConfirmPassword { get; set; }

    public bool Changed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "The two new passwords are not the same.");
            return Page();
        }
        var changed = await passwords.ChangeAsync(user, new ChangePassword(CurrentPassword, NewPassword), ct);
        if (changed.IsFailure)
        {
            ModelState.AddErrors(changed.Error!);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
