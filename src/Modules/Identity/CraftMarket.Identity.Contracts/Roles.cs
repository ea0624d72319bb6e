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

    /// <summary>The name people see (a household's name, a buyer's own name).</summary>
    public const string DisplayName = "cm:display_name";

    /// <summary>The company a buyer registered for, when they named one.</summary>
    public const string BuyerCompany = "cm:buyer_company";
}

/// <summary>
/// Authorization policy names for Razor pages (<c>[Authorize(Policy = Policies.ExportDesk)]</c>). Each
/// is the <see cref="ActorRequirement"/> of the same name, checked against the <see cref="CurrentActor"/>.
/// </summary>
public static class Policies
{
    public const string PlatformAdmin = "platform-admin";
    public const string AssociationAdmin = "association-admin";
    /// <summary>Association admin, export desk or inspector of the current tenant.</summary>
    public const string AssociationStaff = "association-staff";
    public const string ExportDesk = "export-desk";
    public const string Inspector = "inspector";
    public const string Producer = "producer";
    public const string Buyer = "buyer";

    /// <summary>Every policy with the requirement it checks.</summary>
    public static readonly IReadOnlyDictionary<string, ActorRequirement> Requirements = new Dictionary<string, ActorRequirement>
    {
        [PlatformAdmin] = ActorRequirement.PlatformAdmin,
        [AssociationAdmin] = ActorRequirement.AssociationAdmin,
        [AssociationStaff] = ActorRequirement.Staff,
        [ExportDesk] = ActorRequirement.ExportDesk,
        [Inspector] = ActorRequirement.Inspector,
        [Producer] = ActorRequirement.Producer,
        [Buyer] = ActorRequirement.Buyer,
    };
}
