using System.Net.Mail;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Features.Invitations;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Features.Staff;

internal sealed record StaffMember(Guid UserId, string DisplayName, string? Email, IReadOnlyList<string> Roles);
internal sealed record OpenStaffInvitation(Guid Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset ExpiresAt);
internal sealed record InviteStaff(string? Email, IReadOnlyList<string>? Roles);
internal sealed record ChangeStaffRoles(IReadOnlyList<string>? Roles);

/// <summary>
/// The staff of the current association, as its admin manages them. Memberships have no global tenant filter
/// (see <see cref="TenantMembership"/>), so every query here names the current tenant: an admin of one
/// village can neither see nor touch another's staff; a user id from elsewhere is simply not found.
/// Removing a role renews the account's security stamp (<see cref="AccessRevocation"/>), so its tokens stop at once.
/// </summary>
internal sealed class StaffRoster(IdentityDb db, ITenantContext tenant, ITenantDirectory directory, SecurityLog log,
    AccessRevocation revocation, IEmailSender email, TimeProvider clock, ModuleText<IdentityText> t)
{
    private TenantId Tenant => tenant.TenantId ?? throw new InvalidOperationException("Staff are managed within an association.");

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken ct)
    {
        var tenantId = Tenant;
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId && TenantRoles.Staff.Contains(m.Role))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.Role })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Id)
            .Select(g => new StaffMember(g.Key, g.First().DisplayName, g.First().Email, [.. g.Select(r => r.Role).OrderBy(Rank)]))
            .OrderBy(s => s.DisplayName, StringComparer.CurrentCulture)];
    }

    public async Task<IReadOnlyList<OpenStaffInvitation>> OpenInvitationsAsync(CancellationToken ct)
    {
        var tenantId = Tenant;
        var now = clock.GetUtcNow();
        var open = await db.StaffInvitations.AsNoTracking().Where(i => i.TenantId == tenantId && i.AcceptedAt == null).ToListAsync(ct);
        return [.. open.Where(i => i.IsOpenAt(now)).OrderBy(i => i.CreatedAt).Select(i => new OpenStaffInvitation(i.Id, i.Email, i.RoleList, i.ExpiresAt))];
    }

    /// <summary>Replaces any open invitation to the same address here; the e-mail follows the commit.</summary>
    public async Task<Result<OpenStaffInvitation>> InviteAsync(InviteStaff request, Guid invitedBy, Func<string, string> acceptUrl, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email) || !MailAddress.TryCreate(request.Email.Trim(), out _))
            errors["email"] = ["Enter a valid e-mail address."];
        if (ValidRoles(request.Roles) is null) errors["roles"] = ["Choose at least one staff role."];
        if (errors.Count > 0) return Error.Validation(errors);

        var tenantId = Tenant;
        var address = request.Email!.Trim();
        var normalized = address.ToUpperInvariant();
        var roles = ValidRoles(request.Roles)!;
        var existing = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => new { u.Id, u.PreferredLanguage }).FirstOrDefaultAsync(ct);
        if (existing is not null && await db.Memberships.AnyAsync(m => m.TenantId == tenantId && m.UserId == existing.Id && TenantRoles.Staff.Contains(m.Role), ct))
            return Error.Conflict("already_staff", "This person is already on the staff: change their roles instead.");

        await db.StaffInvitations.Where(i => i.TenantId == tenantId && i.NormalizedEmail == normalized && i.AcceptedAt == null).ExecuteDeleteAsync(ct);
        var (invitation, token) = StaffInvitation.Create(tenantId, address, roles, invitedBy, clock.GetUtcNow());
        db.StaffInvitations.Add(invitation);
        await db.SaveChangesAsync(ct);

        var language = existing?.PreferredLanguage ?? (CraftMarketUser.Languages.Contains(Ui.Language) ? Ui.Language : "vi");
        var village = directory.SettingsOf(tenant);
        var name = village is null ? tenant.Slug ?? "" : language == "vi" ? village.NameVi : village.NameEn;
        var (subject, body) = Texts.StaffInvitation(t, language, name, acceptUrl(token));
        await email.SendAsync(address, subject, body, ct);
        return new OpenStaffInvitation(invitation.Id, invitation.Email, invitation.RoleList, invitation.ExpiresAt);
    }

    public async Task<Result> ChangeRolesAsync(Guid userId, ChangeStaffRoles request, CancellationToken ct)
    {
        if (ValidRoles(request.Roles) is not { } wanted)
            return Error.Validation("roles", "Choose at least one staff role.");
        var tenantId = Tenant;
        var held = await StaffMembershipsOf(userId, ct);
        if (held.Count == 0) return Error.NotFound("staff account");
        var removed = held.Where(m => !wanted.Contains(m.Role)).ToList();
        if (removed.Any(m => m.Role == TenantRoles.AssociationAdmin) && await IsLastAdminAsync(ct))
            return LastAdmin();

        foreach (var role in wanted.Where(r => held.All(m => m.Role != r)))
        {
            db.Memberships.Add(new TenantMembership(userId, tenantId, role, null));
            log.Add(userId, SecurityEventKind.StaffRoleGranted, Detail(role));
        }
        return await RemoveAsync(userId, removed, ct);
    }

    /// <summary>The person leaves the staff: every staff role here goes (a producer link, if any, stays).</summary>
    public async Task<Result> RemoveAsync(Guid userId, CancellationToken ct)
    {
        var held = await StaffMembershipsOf(userId, ct);
        if (held.Count == 0) return Error.NotFound("staff account");
        if (held.Any(m => m.Role == TenantRoles.AssociationAdmin) && await IsLastAdminAsync(ct)) return LastAdmin();
        return await RemoveAsync(userId, held, ct);
    }

    private async Task<Result> RemoveAsync(Guid userId, List<TenantMembership> removed, CancellationToken ct)
    {
        foreach (var membership in removed)
        {
            db.Memberships.Remove(membership);
            log.Add(userId, SecurityEventKind.StaffRoleRemoved, Detail(membership.Role));
        }
        if (removed.Count == 0) await db.SaveChangesAsync(ct);
        else await revocation.CommitAsync([userId], ct);   // tokens carrying the old roles stop working now
        return Result.Ok();
    }

    private Task<List<TenantMembership>> StaffMembershipsOf(Guid userId, CancellationToken ct)
    {
        var tenantId = Tenant;
        return db.Memberships.Where(m => m.TenantId == tenantId && m.UserId == userId && TenantRoles.Staff.Contains(m.Role)).ToListAsync(ct);
    }

    private async Task<bool> IsLastAdminAsync(CancellationToken ct)
    {
        var tenantId = Tenant;
        return await db.Memberships.CountAsync(m => m.TenantId == tenantId && m.Role == TenantRoles.AssociationAdmin, ct) <= 1;
    }

    private static Error LastAdmin() =>
        Error.Conflict("last_admin", "The association must keep at least one association admin.");

    private string Detail(string role) => $"{tenant.Slug}: {role}";

    /// <summary>Distinct staff roles, or null when none is given or one is not a staff role.</summary>
    public static IReadOnlyList<string>? ValidRoles(IReadOnlyList<string>? roles)
    {
        var distinct = (roles ?? []).Select(r => r?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 || distinct.Any(r => !TenantRoles.Staff.Contains(r)) ? null : [.. distinct.OrderBy(Rank)];
    }

    private static readonly string[] StaffOrder = [.. TenantRoles.Staff];

    private static int Rank(string role) => Array.IndexOf(StaffOrder, role);
}
