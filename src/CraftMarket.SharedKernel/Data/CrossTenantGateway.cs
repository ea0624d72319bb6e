using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.SharedKernel.Data;

/// <summary>
/// The only way to read tenant-owned rows across associations (platform admin, the cross-village
/// marketplace). It is read-only (no tracking) and asks for a reason, so each use is easy to find
/// and review; an architecture test keeps IgnoreQueryFilters out of every other file.
/// </summary>
public static class CrossTenantGateway
{
    public static IQueryable<T> AcrossAllTenants<T>(this ModuleDbContext db, CrossTenantReason reason)
        where T : class, ITenantOwned
    {
        ArgumentNullException.ThrowIfNull(reason);
        return db.Set<T>().IgnoreQueryFilters().AsNoTracking();
    }
}

/// <summary>Why a query crosses tenants, e.g. "platform admin: member counts per association".</summary>
public sealed record CrossTenantReason(string Why);
