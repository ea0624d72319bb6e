using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.Profile;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>A buyer edits their profile; the browser's sign-in is renewed so the name and company claims follow.</summary>
[Authorize(Policy = Policies.Buyer), TranslateFormErrors]
internal sealed class ProfileModel(UserManager<CraftMarketUser> users, SignInManager<CraftMarketUser> signIn, BuyerProfile profiles)
    : PageModel
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Company { get; set; }
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? Languages { get; set; }
    [BindProperty] public string? PreferredLanguage { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Show(BuyerProfile.View(user));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var languages = (Languages ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
        var updated = await profiles.UpdateAsync(user, new UpdateBuyerProfile(DisplayName, Company, Country, languages, PreferredLanguage));
        if (updated.IsFailure)
        {
            ModelState.AddErrors(updated.Error!);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Saved = true;
        ModelState.Clear();
        Show(updated.Value!);
        return Page();
    }

    private void Show(BuyerProfileView view)
    {
        DisplayName = view.DisplayName;
        Company = view.Company;
        Country = view.Country;
        Languages = string.Join(", ", view.Languages);
        PreferredLanguage = view.PreferredLanguage;
    }
}
