using CraftMarket.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.Invitations;

/// <summary>
/// Commits a consumer's membership changes, its processed-message mark and new security stamps for
/// the accounts that lost access, in one transaction. A new stamp makes cookies and bearer tokens fail
/// on their next request (see Features/Sessions/SessionGate); refresh tokens die too.
/// UserManager saves on every update, hence the explicit transaction around it.
/// </summary>
internal sealed class AccessRevocation(IdentityDb db, UserManager<CraftMarketUser> users)
{
    public async Task CommitAsync(IReadOnlyCollection<Guid> lostAccess, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var userId in lostAccess.Distinct())
        {
            if (await users.FindByIdAsync(userId.ToString()) is not { } user) continue;
            var stamped = await users.UpdateSecurityStampAsync(user);
            if (!stamped.Succeeded)
                throw new InvalidOperationException($"Could not renew the security stamp of {userId}: {string.Join(", ", stamped.Errors.Select(e => e.Code))}");
        }
        await transaction.CommitAsync(ct);
    }
}
