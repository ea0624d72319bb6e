using CraftMarket.Identity.Features.Register;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Pages.Account;

internal sealed class ConfirmEmailModel(BuyerRegistration registration) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid userId, string? code, CancellationToken ct) =>
        Confirmed = (await registration.ConfirmAsync(userId, code, ct)).IsSuccess;
}
