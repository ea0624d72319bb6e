using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.Buyers;

/// <summary>Reads buyer accounts through the user manager; an account without the buyer role is not a buyer.</summary>
internal sealed class BuyerAccounts(UserManager<CraftMarketUser> users) : IBuyerAccounts
{
    public async Task<BuyerAccount?> FindAsync(Guid userId, CancellationToken ct) =>
        await AsBuyerAsync(await users.FindByIdAsync(userId.ToString()));

    public async Task<BuyerAccount?> FindByEmailAsync(string email, CancellationToken ct) =>
        await AsBuyerAsync(await users.FindByEmailAsync(email));

    private async Task<BuyerAccount?> AsBuyerAsync(CraftMarketUser? user) =>
        user is null || user.Email is null || !await users.IsInRoleAsync(user, PlatformRoles.Buyer) ? null
        : new BuyerAccount(user.Id, user.DisplayName, user.Email, user.BuyerCompany, user.BuyerCountry, user.PreferredLanguage);
}
