using CraftMarket.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Authentication;

/// <summary>
/// Who may sign in: an account with an e-mail needs it confirmed (buyers register themselves);
/// a phone-only producer account was created by the association's invitation, which vouches for it.
/// </summary>
internal sealed class AccountConfirmation : IUserConfirmation<CraftMarketUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<CraftMarketUser> manager, CraftMarketUser user) =>
        Task.FromResult(user.Email is null ? user.PhoneNumber is not null : user.EmailConfirmed);
}
