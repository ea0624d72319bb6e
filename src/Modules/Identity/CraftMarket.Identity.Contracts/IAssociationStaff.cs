namespace CraftMarket.Identity.Contracts;

/// <summary>An account holding staff roles in the current association (see <see cref="TenantRoles.Staff"/>).</summary>
public sealed record StaffAccount(Guid UserId, string DisplayName, string? Email, IReadOnlyList<string> Roles)
{
    /// <summary>May take export desk work (inquiries, quotes): the export desk or an association admin; inspectors do not.</summary>
    public bool IsDesk => Roles.Contains(TenantRoles.ExportDesk) || Roles.Contains(TenantRoles.AssociationAdmin);
}

/// <summary>
/// Read interface for other modules: the staff of the current association, e.g. the export desk
/// members an inquiry may be assigned to. Another association's accounts are never listed.
/// </summary>
public interface IAssociationStaff
{
    Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken ct);
}
