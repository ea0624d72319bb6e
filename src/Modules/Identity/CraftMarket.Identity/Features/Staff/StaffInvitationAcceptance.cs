using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Features.Staff;

internal sealed record AcceptStaffInvitation(string? Token, string? DisplayName, string? Password);

/// <summary>
/// The invited person follows the e-mail's link. Someone new chooses a name and password (the link proves the
/// address, so it is confirmed); someone with an account signs in first and joins with it, and only the account
/// of the invited address may. The invitation is claimed with a conditional update in the same transaction
/// as the new roles, so two clicks cannot both use it.
/// </summary>
internal sealed class StaffInvitationAcceptance(IdentityDb db, UserManager<CraftMarketUser> users, SecurityLog log, ITenantDirectory directory, TimeProvider clock)
{
    public async Task<StaffInvitation?> FindOpenAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = StaffInvitation.Hash(token);
        var invitation = await db.StaffInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsOpenAt(clock.GetUtcNow()) ? invitation : null;
    }

    public async Task<bool> HasAccountAsync(StaffInvitation invitation, CancellationToken ct) =>
        await db.Users.AnyAsync(u => u.NormalizedEmail == invitation.NormalizedEmail, ct);

    /// <summary>Someone with no account yet: creates it with the invited address and joins.</summary>
    public async Task<Result<Guid>> AcceptAsNewAsync(AcceptStaffInvitation request, CancellationToken ct)
    {
        if (await FindOpenAsync(request.Token, ct) is not { } invitation) return NotValid();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.DisplayName)) errors["displayName"] = ["Enter your name."];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Choose a password of at least 10 characters."];
        if (errors.Count > 0) return Error.Validation(errors);
        if (await HasAccountAsync(invitation, ct))
            return Error.Conflict("account_exists", "An account already uses this address: sign in with it to accept.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new CraftMarketUser
        {
            UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = request.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
            return Error.Validation(new Dictionary<string, string[]> { ["password"] = [.. created.Errors.Select(e => e.Description)] });
        if (!await ClaimAsync(invitation, user.Id, ct)) return NotValid();
        await transaction.CommitAsync(ct);
        return user.Id;
    }

    /// <summary>A signed-in person joins with their own account, which must be the invited address's.</summary>
    public async Task<Result> AcceptAsAsync(Guid userId, string? token, CancellationToken ct)
    {
        if (await FindOpenAsync(token, ct) is not { } invitation) return NotValid();
        if (await users.FindByIdAsync(userId.ToString()) is not { } user || user.NormalizedEmail != invitation.NormalizedEmail)
            return Error.Forbidden("This invitation was sent to another e-mail address: sign in with that account.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await ClaimAsync(invitation, user.Id, ct)) return NotValid();
        await transaction.CommitAsync(ct);
        return Result.Ok();
    }

    private async Task<bool> ClaimAsync(StaffInvitation invitation, Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.StaffInvitations.Where(i => i.Id == invitation.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedBy, userId), ct);
        if (claimed != 1) return false;
        var held = await db.Memberships.Where(m => m.TenantId == invitation.TenantId && m.UserId == userId).Select(m => m.Role).ToListAsync(ct);
        foreach (var role in invitation.RoleList.Where(r => !held.Contains(r)))
        {
            db.Memberships.Add(new TenantMembership(userId, invitation.TenantId, role, null));
            log.Add(userId, SecurityEventKind.StaffRoleGranted, $"{directory.FindById(invitation.TenantId)?.Slug}: {role}");
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static Error NotValid() => Error.Validation("token", "This invitation is not valid, was already used or has expired.");
}
