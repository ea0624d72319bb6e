using CraftMarket.SharedKernel.Results;
using CraftMarket.Identity.Authentication;
using System.ComponentModel.DataAnnotations;
using CraftMarket.Identity.Features.Register;
using CraftMarket.Identity.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.SignIn)]
internal sealed class RegisterModel(BuyerRegistration registration, AccountLinks links) : PageModel
{
    [BindProperty, Display(Name = "Your name")] public string DisplayName { get; set; } = "";
    [BindProperty, Display(Name = "E-mail")] public string Email { get; set; } = "";
    [BindProperty, DataType(DataType.Password), Display(Name = "Password (at least 10 characters)")] public string Password { get; set; } = "";
    [BindProperty, Display(Name = "Company")] public string? Company { get; set; }
    [BindProperty, Display(Name = "Country (two letters, e.g. JP)")] public string Country { get; set; } = "";
    [BindProperty, Display(Name = "Languages you read (e.g. en, ja)")] public string? Languages { get; set; }

    public bool Registered { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var languages = (Languages ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
        var request = new RegisterBuyer(Email, Password, DisplayName, Company, Country, languages, languages.FirstOrDefault());
        var result = await registration.RegisterAsync(request, (id, code) => RegisterEndpoints.ConfirmUrl(links.SiteOf(HttpContext), id, code), ct);
        if (result.IsFailure)
        {
            ModelState.AddErrors(result.Error!);
            return Page();
        }
        Registered = true;
        return Page();
    }
}
