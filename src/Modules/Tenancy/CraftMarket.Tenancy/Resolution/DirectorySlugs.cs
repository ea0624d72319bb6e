using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Tenancy.Resolution;

/// <summary>Slugs for the outbox dispatcher, from the in-memory directory ("" for an association it does not know yet).</summary>
internal sealed class DirectorySlugs(ITenantDirectory directory) : ITenantSlugs
{
    public string? SlugOf(TenantId id) => directory.FindById(id)?.Slug;
}
