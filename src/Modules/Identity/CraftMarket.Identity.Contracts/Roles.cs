namespace CraftMarket.Identity.Contracts;

/// <summary>
/// Roles held within one association. A user's tenant roles travel as claims of type
/// <see cref="CraftMarketClaims.TenantRole"/> with value "{tenantId}:{role}", so a role in
/// Bat Trang grants nothing in Van Phuc.
/// </summary>
public static class TenantRoles
{
    public const string AssociationAdmin = "association-admin";
    public const string ExportDesk = "export-desk";
    public const string Inspector = "inspector";
    public const string Producer = "producer";

    public static readonly IReadOnlyList<string> All = [AssociationAdmin, ExportDesk, Inspector, Producer];
    public static readonly IReadOnlyList<string> Staff = [AssociationAdmin, ExportDesk, Inspector];
}

/// <summary>Platform-wide roles (ASP.NET Core Identity roles).</summary>
public static class PlatformRoles
{
    public const string PlatformAdmin = "platform-admin";
    public const string Buyer = "buyer";
}

public static class CraftMarketClaims
{
    /// <summary>"{tenantId}:{role}"</summary>
    public const string TenantRole = "cm:tenant_role";

    /// <summary>"{tenantId}:{memberId}": the household or enterprise a producer account works for.</summary>
    public const string Member = "cm:member";
}

/// <summary>Authorization policy names. Tenant policies check the role against the request's resolved tenant.</summary>
public static class Policies
{
    public const string PlatformAdmin = "platform-admin";
    public const string AssociationAdmin = "association-admin";
    /// <summary>Association admin, export desk or inspector of the current tenant.</summary>
    public const string AssociationStaff = "association-staff";
    public const string Producer = "producer";
    public const string Buyer = "buyer";
}
