namespace CraftMarket.Tenancy.Resolution;

/// <summary>Section <c>CraftMarket:Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    /// <summary>Tenants are served at {slug}.{BaseDomain}; the bare base domain is the platform host.</summary>
    public string BaseDomain { get; set; } = "localhost";

    /// <summary>Single-domain deployments reach a tenant at /{PathPrefix}/{slug}/... on the platform host.</summary>
    public string PathPrefix { get; set; } = "v";

    /// <summary>How often a node checks whether another node changed a tenant.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
