using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Phones;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Identity.Features.Invitations;

/// <summary>
/// An association invited a household: give that phone a producer account in that association and
/// text the invitation. Everything comes from the event, never from ambient tenant state. The
/// account, the membership and the processed-message mark commit together; the SMS follows the
/// commit, so a redelivery never texts twice, and a crash in between loses one text (the producer
/// can still ask for a code at /account/phone).
/// </summary>
internal sealed class MemberInvitedConsumer(IdentityDb db, ProducerAccounts producers, TimeProvider clock,
    ILogger<MemberInvitedConsumer> log) : IIntegrationEventHandler<MemberInvited>
{
    private const string Consumer = "identity.member-invited";

    public async Task Handle(MemberInvited e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var phone = VietnamesePhone.Normalize(e.PhoneE164);
        if (phone.IsFailure)
        {
            // Members validates numbers; a bad one here is a bug upstream. Record it so the outbox does not retry forever.
            log.LogWarning("Member {MemberId} invited with unusable phone; no account created", e.MemberId);
            db.MarkProcessed(e.EventId, Consumer, clock);
            await db.SaveChangesAsync(ct);
            return;
        }

        var language = ProducerAccounts.LanguageOrDefault(e.PreferredLanguage);
        var name = string.IsNullOrWhiteSpace(e.RepresentativeName) ? e.DisplayName : e.RepresentativeName;
        await producers.LinkAsync(e.TenantId, e.MemberId.Value, phone.Value!, name, language, ct);
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);

        await producers.TextInvitationAsync(e.TenantId, phone.Value!, language, ct);
    }
}
