using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Features.Register;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.PhoneCode), TranslateFormErrors]
internal sealed class ResendConfirmationModel(BuyerRegistration registration, AccountLinks links) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await registration.ResendAsync(Email, (id, code) => RegisterEndpoints.ConfirmUrl(links.SiteOf(HttpContext), id, code), ct);
        if (result.IsFailure) ModelState.AddErrors(result.Error!);
        else Sent = true;
        return Page();
    }
}
