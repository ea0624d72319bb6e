using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Phones;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Identity.Features.Invitations;

/// <summary>
/// A member's phone changed: the old phone's account stops acting for the member (it keeps any
/// other village), the new phone gets an account or is linked as an invitation would, and the new
/// phone is texted the invitation. Other profile changes need nothing here. Unlinking, linking,
/// the new stamps and the processed-message mark commit together; the text follows the commit.
/// </summary>
internal sealed class MemberChangedConsumer(IdentityDb db, ProducerAccounts producers, AccessRevocation revocation,
    TimeProvider clock, ILogger<MemberChangedConsumer> log) : IIntegrationEventHandler<MemberChanged>
{
    private const string Consumer = "identity.member-changed";

    public async Task Handle(MemberChanged e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var memberId = e.MemberId.Value;
        var linked = await db.Memberships
            .Where(m => m.TenantId == e.TenantId && m.MemberId == memberId && m.Role == TenantRoles.Producer)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { Membership = m, u.PhoneNumber })
            .ToListAsync(ct);
        // Events written before the phone was part of MemberChanged carry none: nothing to compare.
        var phone = VietnamesePhone.Normalize(e.PhoneE164);
        var moved = linked.Where(l => l.PhoneNumber != phone.Value).ToList();
        if (phone.IsFailure || linked.Count == 0 || moved.Count == 0)
        {
            if (phone.IsFailure && e.PhoneE164 is not null)
                log.LogWarning("Member {MemberId} changed to an unusable phone; producer account left as it was", e.MemberId);
            db.MarkProcessed(e.EventId, Consumer, clock);
            await db.SaveChangesAsync(ct);
            return;
        }

        db.Memberships.RemoveRange(moved.Select(l => l.Membership));
        var language = ProducerAccounts.LanguageOrDefault(e.PreferredLanguage);
        var textNewPhone = linked.All(l => l.PhoneNumber != phone.Value);
        if (textNewPhone) await producers.LinkAsync(e.TenantId, memberId, phone.Value!, e.DisplayName, language, ct);
        db.MarkProcessed(e.EventId, Consumer, clock);
        await revocation.CommitAsync([.. moved.Select(l => l.Membership.UserId)], ct);

        if (textNewPhone) await producers.TextInvitationAsync(e.TenantId, phone.Value!, language, ct);
    }
}
