using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Features.Register;

/// <summary>
/// A buyer account whose address was never confirmed: nobody has shown they own that address, so
/// it holds the address only until the owner claims it (<see cref="AddressClaim"/>) or it expires
/// (<see cref="UnconfirmedAccountExpiry"/>). Accounts with a phone, a role in an association or any
/// role besides buyer are never such an account (staff and producers are vouched for by an association).
/// </summary>
internal static class UnconfirmedBuyers
{
    public static IQueryable<CraftMarketUser> In(IdentityDb db) =>
        from u in db.Users
        where !u.EmailConfirmed && u.PhoneNumber == null
            && !db.Memberships.Any(m => m.UserId == u.Id)
            && db.UserRoles.Where(r => r.UserId == u.Id).All(r => db.Roles.Any(x => x.Id == r.RoleId && x.Name == PlatformRoles.Buyer))
        select u;

    public static Task<bool> IsOneAsync(IdentityDb db, Guid userId, CancellationToken ct) =>
        In(db).AnyAsync(u => u.Id == userId, ct);
}
