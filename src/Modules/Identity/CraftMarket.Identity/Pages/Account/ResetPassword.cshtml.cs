using System.ComponentModel.DataAnnotations;
using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Features.PasswordReset;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>Opened from the e-mailed link (userId and code in the query) or after asking for a texted code (phone).</summary>
[EnableRateLimiting(SignInRateLimits.SignIn), TranslateFormErrors]
internal sealed class ResetPasswordModel(PasswordResetByEmail byEmail, PasswordResetBySms bySms) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? Phone { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? Password { get; set; }

    public bool ByPhone => UserId is null;
    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = ByPhone
            ? await bySms.ResetAsync(Phone, Code, Password, ct)
            : await byEmail.ResetAsync(UserId, Code, Password, ct);
        if (result.IsFailure)
        {
            ModelState.AddErrors(result.Error!, inputOf: f => f == "password" ? nameof(Password) : ByPhone && f == "code" ? nameof(Code) : "");
            return Page();
        }
        Done = true;
        return Page();
    }
}
