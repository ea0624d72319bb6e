using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Features.PasswordReset;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>One field, like the login page: an '@' means e-mail (a link), anything else a phone (a texted code).</summary>
[EnableRateLimiting(SignInRateLimits.PhoneCode), TranslateFormErrors]
internal sealed class ForgotPasswordModel(PasswordResetByEmail byEmail, PasswordResetBySms bySms, AccountLinks links) : PageModel
{
    [BindProperty] public string? Login { get; set; }

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var login = Login?.Trim() ?? "";
        var byPhone = !login.Contains('@', StringComparison.Ordinal);
        var result = byPhone
            ? await bySms.RequestAsync(login, ct)
            : await byEmail.RequestAsync(login, (id, code) => PasswordResetEndpoints.ResetUrl(links.SiteOf(HttpContext), id, code), ct);
        if (result.IsFailure)
        {
            ModelState.AddErrors(result.Error!, inputOf: _ => nameof(Login));
            return Page();
        }
        if (byPhone) return RedirectToPage("ResetPassword", new { phone = login });
        Sent = true;
        return Page();
    }
}
