using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.Register;

/// <summary>
/// E-mail squatting: someone registered an address they do not own and never confirmed it. When
/// the owner registers, the new account is created without an address and claims it; the
/// confirmation goes to the address, and following it moves the address to the new account and
/// deletes the unconfirmed one that held it (it never proved anything and could never sign in).
/// The claim token is Identity's (one day, tied to the claimant's security stamp and the address).
/// </summary>
internal sealed class AddressClaim(UserManager<CraftMarketUser> users, IdentityDb db, SecurityLog log)
{
    private const string Provider = "CraftMarket.Registration";
    private const string Name = "claimed-email";

    public static string UserNameFor(Guid id) => $"claim-{id:N}";

    public async Task<string> StartAsync(CraftMarketUser claimant, string address)
    {
        await users.SetAuthenticationTokenAsync(claimant, Provider, Name, address);
        return await users.GenerateUserTokenAsync(claimant, TokenOptions.DefaultProvider, Purpose(address));
    }

    /// <summary>Null when the account claims no address (an ordinary confirmation).</summary>
    public async Task<Result?> CompleteAsync(CraftMarketUser claimant, string token, CancellationToken ct)
    {
        if (claimant.Email is not null || await users.GetAuthenticationTokenAsync(claimant, Provider, Name) is not { } address) return null;
        if (!await users.VerifyUserTokenAsync(claimant, TokenOptions.DefaultProvider, Purpose(address), token)) return BuyerRegistration.InvalidLink;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.FindByEmailAsync(address) is { } holder)
        {
            // Confirmed meanwhile (by the owner, through the holder's own link), or not a squat at all.
            if (!await UnconfirmedBuyers.IsOneAsync(db, holder.Id, ct)) return BuyerRegistration.InvalidLink;
            var deleted = await users.DeleteAsync(holder);
            if (!deleted.Succeeded) return BuyerRegistration.InvalidLink;
        }
        claimant.Email = address;
        claimant.UserName = address;
        claimant.EmailConfirmed = true;
        var updated = await users.UpdateAsync(claimant);   // normalises the name and address for look-ups
        if (!updated.Succeeded) return BuyerRegistration.InvalidLink;
        await users.RemoveAuthenticationTokenAsync(claimant, Provider, Name);
        log.Add(claimant.Id, SecurityEventKind.EmailConfirmed, "address taken over from an unconfirmed account");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Ok();
    }

    private static string Purpose(string address) => "claim-email:" + address.ToUpperInvariant();
}
