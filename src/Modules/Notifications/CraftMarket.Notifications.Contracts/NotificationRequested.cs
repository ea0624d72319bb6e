using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Notifications.Contracts;

/// <summary>Who a module wants told: staff of the association holding one of <see cref="StaffRoles"/>, one account, or one member household.</summary>
public sealed record NotificationRecipient(IReadOnlyList<string>? StaffRoles = null, Guid? UserId = null, Guid? MemberId = null);

/// <summary>
/// A module asks the notification centre to tell someone something it has no event of its own for
/// (written to the module's outbox in the same SaveChanges as the change). The centre renders
/// <see cref="Template"/> in the recipient's language with <see cref="Values"/> and delivers it by the
/// recipient's preferences.
/// </summary>
[EventName("notifications.notification-requested", Version = 1)]
public sealed record NotificationRequested(
    Guid EventId, TenantId TenantId, NotificationRecipient Recipient, string Template, IReadOnlyDictionary<string, string> Values,
    string? Link, DateTimeOffset At) : ITenantEvent;
