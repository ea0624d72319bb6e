namespace CraftMarket.Tenancy.Resolution;

/// <summary>Section <c>CraftMarket:Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    /// <summary>Tenants are served at {slug}.{BaseDomain}; the bare base domain is the platform host.</summary>
    public string BaseDomain { get; set; } = "localhost";

    /// <summary>Single-domain deployments reach a tenant at /{PathPrefix}/{slug}/... on the platform host.</summary>
    public string PathPrefix { get; set; } = "v";

    /// <summary>
    /// How often a node checks whether another process changed a tenant behind its back. Unset: every 5
    /// seconds on the embedded default (a `seed` or a second process on the same file tells no one), every
    /// minute where nodes signal each other (PostgreSQL or Redis, ADR 0077), as a safety net for lost signals.
    /// </summary>
    public TimeSpan? RefreshInterval { get; set; }

    public TimeSpan RefreshIntervalFor(bool signalled) => RefreshInterval ?? (signalled ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(5));
}
