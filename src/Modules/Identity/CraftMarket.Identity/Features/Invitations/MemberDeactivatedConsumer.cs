using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Features.Invitations;

/// <summary>
/// The member left the association: its producer accounts lose their role there (and only there).
/// Accounts themselves stay, because the same phone may produce for another village; their
/// security stamp is renewed so existing sessions and tokens stop carrying the old role.
/// </summary>
internal sealed class MemberDeactivatedConsumer(IdentityDb db, AccessRevocation revocation, TimeProvider clock)
    : IIntegrationEventHandler<MemberDeactivated>
{
    private const string Consumer = "identity.member-deactivated";

    public async Task Handle(MemberDeactivated e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var memberId = e.MemberId.Value;
        var memberships = await db.Memberships
            .Where(m => m.TenantId == e.TenantId && m.MemberId == memberId && m.Role == TenantRoles.Producer)
            .ToListAsync(ct);
        db.Memberships.RemoveRange(memberships);
        db.MarkProcessed(e.EventId, Consumer, clock);
        await revocation.CommitAsync([.. memberships.Select(m => m.UserId)], ct);
    }
}
