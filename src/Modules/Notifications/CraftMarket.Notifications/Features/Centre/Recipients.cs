using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Notifications.Domain;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>
/// One person to tell: an account (staff, buyer) or a member household. Preferences of a household
/// are kept under its member id (the centre addresses households by member, ADR 0064).
/// </summary>
internal sealed record Recipient(Audience Audience, Guid? UserId, Guid? MemberId, string Language, Addresses Addresses)
{
    public Guid PreferenceKey => UserId ?? MemberId ?? Guid.Empty;
}

/// <summary>Finds recipients through the other modules' read interfaces, within the event's association only.</summary>
internal sealed class Recipients(IAssociationStaff staff, IMemberDirectory members, IBuyerAccounts buyers)
{
    /// <summary>Staff holding any of <paramref name="roles"/>; when nobody does, the association's admins (someone must know).</summary>
    public async Task<IReadOnlyList<Recipient>> StaffWithAsync(IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var all = await staff.ListAsync(ct);
        var chosen = all.Where(s => s.Roles.Any(roles.Contains)).ToList();
        if (chosen.Count == 0) chosen = [.. all.Where(s => s.Roles.Contains(TenantRoles.AssociationAdmin))];
        return [.. chosen.Select(Staff)];
    }

    /// <summary>A household (or enterprise) member of this association, in Vietnamese, reached by phone; null for another association's id.</summary>
    public async Task<Recipient?> MemberAsync(MemberId id, CancellationToken ct) =>
        await members.FindAsync(id, ct) is { } member
            ? new Recipient(Audience.Producer, null, member.Id.Value, "vi", new Addresses(null, member.PhoneE164))
            : null;

    /// <summary>One account: a buyer (their language and e-mail) or a staff member of this association; anyone else is nobody to tell here.</summary>
    public async Task<Recipient?> UserAsync(Guid userId, CancellationToken ct)
    {
        if (await buyers.FindAsync(userId, ct) is { } buyer)
            return new Recipient(Audience.Buyer, buyer.UserId, null, buyer.Language, new Addresses(buyer.Email, null));
        return (await staff.ListAsync(ct)).FirstOrDefault(s => s.UserId == userId) is { } member ? Staff(member) : null;
    }

    private static Recipient Staff(StaffAccount s) => new(Audience.Staff, s.UserId, null, "vi", new Addresses(s.Email, null));
}
