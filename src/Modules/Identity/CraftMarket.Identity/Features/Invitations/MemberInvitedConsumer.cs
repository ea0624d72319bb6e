using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Phones;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using CraftMarket.Identity.Messaging;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Identity.Features.Invitations;

/// <summary>
/// An association invited a household: give that phone a producer account in that association (one
/// person may already have an account from another village) and text the invitation. Everything
/// comes from the event, never from ambient tenant state. The account, the membership and the
/// processed-message mark commit together; the SMS follows the commit, so a redelivery never texts
/// twice, and a crash in between loses one text (the producer can still ask for a code at /account/phone).
/// </summary>
internal sealed class MemberInvitedConsumer(
    IdentityDb db, ILookupNormalizer normalizer, ITenantDirectory tenants, ISmsSender sms, TimeProvider clock,
    AccountLinks links, ILogger<MemberInvitedConsumer> log) : IIntegrationEventHandler<MemberInvited>
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

        var language = CraftMarketUser.Languages.Contains(e.PreferredLanguage) ? e.PreferredLanguage : "vi";
        var user = await db.Users.SingleOrDefaultAsync(u => u.PhoneNumber == phone.Value, ct);
        if (user is null)
        {
            user = new CraftMarketUser
            {
                Id = Guid.CreateVersion7(), UserName = phone.Value, NormalizedUserName = normalizer.NormalizeName(phone.Value),
                PhoneNumber = phone.Value, DisplayName = string.IsNullOrWhiteSpace(e.RepresentativeName) ? e.DisplayName : e.RepresentativeName,
                PreferredLanguage = language, LockoutEnabled = true, CreatedAt = clock.GetUtcNow(),
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
        }

        var alreadyLinked = await db.Memberships.AnyAsync(m =>
            m.UserId == user.Id && m.TenantId == e.TenantId && m.Role == TenantRoles.Producer, ct);
        if (!alreadyLinked) db.Memberships.Add(new TenantMembership(user.Id, e.TenantId, TenantRoles.Producer, e.MemberId.Value));
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);

        var tenant = tenants.FindById(e.TenantId);
        await sms.SendAsync(phone.Value!, Texts.Invitation(language, tenant?.NameVi ?? "CraftMarket", links.SiteOf(tenant) + "/account/phone"), ct);
    }
}
