using CraftMarket.SharedKernel.Results;
using CraftMarket.Identity.Authentication;
using System.ComponentModel.DataAnnotations;
using CraftMarket.Identity.Features.Register;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.SignIn), TranslateFormErrors]
internal sealed class RegisterModel(BuyerRegistration registration, AccountLinks links, ModuleText<IdentityText> t) : PageModel
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? Password { get; set; }
    [BindProperty] public string? Company { get; set; }
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? Languages { get; set; }

    public bool Registered { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var languages = (Languages ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
        var request = new RegisterBuyer(Email, Password, DisplayName, Company, Country, languages, languages.FirstOrDefault());
        var result = await registration.RegisterAsync(request, (id, code) => RegisterEndpoints.ConfirmUrl(links.SiteOf(HttpContext), id, code), ct);
        if (result.IsFailure)
        {
            if (SignInThrottled.ShowOn(this, result.Error!, t)) return Page();
            ModelState.AddErrors(result.Error!);
            return Page();
        }
        Registered = true;
        return Page();
    }
}
