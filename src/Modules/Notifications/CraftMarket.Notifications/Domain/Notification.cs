using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Notifications.Domain;

/// <summary>Who a notification is for: an account (staff, buyer, producer) of one association.</summary>
public enum Audience { Staff, Buyer, Producer }

/// <summary>The ways a notification can reach someone.</summary>
public enum Channel { InApp, Email, Sms, Zalo }

public enum DeliveryStatus
{
    Pending,
    Sent,
    /// <summary>Gave up after the retries, or refused by the provider for good; <see cref="Delivery.LastError"/> says why.</summary>
    Failed,
    /// <summary>Waiting for the end of the recipient's quiet hours.</summary>
    Held,
    /// <summary>Folded into the recipient's next digest.</summary>
    Digested,
    /// <summary>Not sent: the recipient turned this channel off, or has no address for it.</summary>
    Skipped,
}

/// <summary>
/// One thing one person is told, rendered in their language from a template. The in-app list shows
/// these; each channel it goes out on has a <see cref="Delivery"/>. Settable properties: the centre
/// and the tests fill them.
/// </summary>
internal sealed class Notification : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TenantId TenantId { get; set; }
    /// <summary>The account it is for (staff, buyer, producer); null only for a household with no account yet (SMS by phone).</summary>
    public Guid? RecipientUserId { get; set; }
    public Guid? RecipientMemberId { get; set; }
    public Audience Audience { get; set; }
    /// <summary>What it is about, for preferences and filters (e.g. "inquiry.submitted", "work-order.ready").</summary>
    public string Category { get; set; } = "";
    public string Language { get; set; } = "vi";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>Site-relative link to the thing it is about.</summary>
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    /// <summary>The event it came from: one notification per event, recipient and category.</summary>
    public Guid SourceEventId { get; set; }
}

/// <summary>One notification on one channel: the delivery log (sent, failed, why).</summary>
internal sealed class Delivery : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TenantId TenantId { get; set; }
    public Guid NotificationId { get; set; }
    public Channel Channel { get; set; }
    /// <summary>Phone (E.164), e-mail address or Zalo id; empty for in-app.</summary>
    public string Address { get; set; } = "";
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? ProviderMessageId { get; set; }
}

/// <summary>
/// One person's choice for one category (or "*" for all): which channels, quiet hours (Vietnam time,
/// may span midnight), and a daily digest instead of each message. Without a row the audience's
/// defaults apply: producers SMS, buyers e-mail, staff e-mail plus in-app.
/// </summary>
internal sealed class NotificationPreference : ITenantOwned
{
    public TenantId TenantId { get; set; }
    public Guid UserId { get; set; }
    public string Category { get; set; } = "*";
    /// <summary>Comma-separated <see cref="Channel"/> names.</summary>
    public string Channels { get; set; } = "";
    public TimeOnly? QuietFrom { get; set; }
    public TimeOnly? QuietTo { get; set; }
    public bool Digest { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
