using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.Phone;
using CraftMarket.Identity.Features.SignIn;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftMarket.Identity.Pages.Account;

/// <summary>Producers' sign-in (Vietnamese on a village's own address unless they chose otherwise): phone number, then the texted code.</summary>
[EnableRateLimiting(SignInRateLimits.PhonePage), TranslateFormErrors]
internal sealed class PhoneModel(PhoneCodeSignIn phone, SignInManager<CraftMarketUser> signIn, ModuleText<IdentityText> t) : PageModel
{
    [BindProperty]
    public string Phone { get; set; } = "";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>True once a code was asked for: the page then shows the code field.</summary>
    public bool CodeSent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        var sent = await phone.SendCodeAsync(Phone, ct);
        if (sent.IsFailure)
        {
            if (SignInThrottled.ShowOn(this, sent.Error!, t)) return Page();
            ModelState.AddModelError(nameof(Phone), sent.Error!.Message);
            return Page();
        }
        CodeSent = true;
        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var verified = await phone.VerifyAsync(Phone, Code, ct);
        if (verified.IsFailure)
        {
            CodeSent = true;
            if (SignInThrottled.ShowOn(this, verified.Error!, t)) return Page();
            // "Password do not match" would puzzle a producer who typed a code: say what it means here.
            ModelState.AddModelError(nameof(Code), verified.Error! == SignInFailures.InvalidCredentials ? "The code is wrong or has expired." : verified.Error!.Message);
            return Page();
        }
        // Households share one phone and rarely sign out: a persistent cookie spares them a text each visit.
        await signIn.SignInAsync(verified.Value!, isPersistent: true, authenticationMethod: "sms");
        return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
    }
}
