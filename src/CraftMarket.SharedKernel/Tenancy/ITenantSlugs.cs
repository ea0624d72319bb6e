namespace CraftMarket.SharedKernel.Tenancy;

/// <summary>
/// The slug of an association by id, for background work that knows only the id (the outbox
/// dispatcher setting a consumer's tenant). Provided by Tenancy; absent in tools without it.
/// </summary>
public interface ITenantSlugs
{
    string? SlugOf(TenantId id);
}
