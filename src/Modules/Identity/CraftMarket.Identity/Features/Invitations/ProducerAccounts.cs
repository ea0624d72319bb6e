using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Features.Invitations;

/// <summary>
/// The one way a phone becomes a member's producer account, shared by invitations and phone
/// changes: find the account for the number (one person may already produce for another village)
/// or add one, link it to the member, and afterwards text the invitation. Linking only stages
/// changes; the consumer commits them with its processed-message mark.
/// </summary>
internal sealed class ProducerAccounts(
    IdentityDb db, ILookupNormalizer normalizer, ITenantDirectory tenants, ISmsSender sms, AccountLinks links, TimeProvider clock,
    ModuleText<IdentityText> t)
{
    public static string LanguageOrDefault(string? language) =>
        language is not null && CraftMarketUser.Languages.Contains(language) ? language : "vi";

    public async Task LinkAsync(TenantId tenantId, Guid memberId, string phoneE164, string displayName, string language, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.PhoneNumber == phoneE164, ct);
        if (user is null)
        {
            user = new CraftMarketUser
            {
                Id = Guid.CreateVersion7(), UserName = phoneE164, NormalizedUserName = normalizer.NormalizeName(phoneE164),
                PhoneNumber = phoneE164, DisplayName = displayName, PreferredLanguage = language, LockoutEnabled = true,
                CreatedAt = clock.GetUtcNow(), SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
        }

        var alreadyLinked = await db.Memberships.AnyAsync(m =>
            m.UserId == user.Id && m.TenantId == tenantId && m.Role == TenantRoles.Producer, ct);
        if (!alreadyLinked) db.Memberships.Add(new TenantMembership(user.Id, tenantId, TenantRoles.Producer, memberId));
    }

    /// <summary>Sent after the commit, so a redelivered event never texts twice.</summary>
    public Task TextInvitationAsync(TenantId tenantId, string phoneE164, string language, CancellationToken ct)
    {
        var tenant = tenants.FindById(tenantId);
        return sms.SendAsync(phoneE164, Texts.Invitation(t, language, tenant?.NameVi ?? "CraftMarket", links.SiteOf(tenant) + "/account/phone"), ct);
    }
}
