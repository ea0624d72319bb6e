using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Data;
using CraftMarket.Notifications.Domain;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>
/// Whose notifications a signed-in person reads here, and as whom: staff of this association, a
/// producer acting for a member household, or a buyer. Another association's roles count for
/// nothing (the actor's roles are this association's only), and the tenant filter keeps every other
/// association's rows out.
/// </summary>
internal static class InboxAudience
{
    /// <summary>Staff first (an admin who also buys reads as staff), then producer, then buyer; null for anyone else.</summary>
    public static Audience? Of(CurrentActor actor) =>
        !actor.IsSignedIn || !actor.HasTenant ? null
        : actor.IsStaff ? Audience.Staff
        : actor.IsProducer ? Audience.Producer
        : actor.IsBuyer ? Audience.Buyer
        : null;

    /// <summary>Households read Vietnamese only; everyone else reads the site's language.</summary>
    public static string PageLanguage(CurrentActor actor, string requested) =>
        Of(actor) == Audience.Producer ? "vi" : requested;

    /// <summary>
    /// The notifications addressed to this person here: to their account, or (a producer) to the member
    /// household they act for. The context's tenant filter keeps them to the current association.
    /// </summary>
    public static IQueryable<Notification> Mine(this NotificationsDb db, CurrentActor actor)
    {
        var user = actor.UserId;
        Guid? member = actor.IsProducerFor(out var m) ? m.Value : null;
        return db.Notifications.Where(n => (user != null && n.RecipientUserId == user) || (member != null && n.RecipientMemberId == member));
    }
}
