using CraftMarket.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>POST only signs out (antiforgery-checked), so a link on another site cannot end the session.</summary>
internal sealed class LogoutModel(SignInManager<CraftMarketUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("~/");
    }
}
