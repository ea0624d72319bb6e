namespace CraftMarket.Notifications.Features.Centre;

/// <summary>What a notification is about, with the placeholders its templates may use.</summary>
/// <param name="InAppOnly">
/// Only the inbox: the module that raised the event already texts the household itself (ADR 0064), so
/// the centre never sends a second SMS whatever the preferences say.
/// </param>
internal sealed record Category(string Key, IReadOnlyList<string> Placeholders, bool InAppOnly = false);

/// <summary>Every category the centre knows: preference rows, templates and filters use these keys.</summary>
internal static class Categories
{
    public static readonly Category InquirySubmitted = new("inquiry.submitted", ["at"]);
    public static readonly Category BuyerMessage = new("inquiry.buyer-message", ["at"]);
    public static readonly Category QuoteAccepted = new("quote.accepted", ["number", "version", "total", "deliveryDate"]);
    public static readonly Category PaymentReceived = new("order.payment-received", ["paid", "total"]);
    public static readonly Category WorkOrderReady = new("work-order.ready", ["quantity", "dueOn"]);
    public static readonly Category CertificateExpiring = new("certificate.expiring", ["number", "validUntil"]);
    public static readonly Category LabelBatchRevoked = new("label-batch.revoked", ["count", "reason"]);
    public static readonly Category WebhookDisabled = new("webhook.disabled", ["url", "failures", "error"]);
    public static readonly Category WorkOrderIssued = new("work-order.issued", ["quantity", "dueOn", "value"], InAppOnly: true);
    public static readonly Category WorkOrderInspected = new("work-order.inspected", ["accepted", "rework", "rejected", "value"], InAppOnly: true);
    public static readonly Category MemberPaid = new("member.paid", ["amount", "paidOn"], InAppOnly: true);
    /// <summary>A module's own message through <c>NotificationRequested</c> with no category of its own.</summary>
    public static readonly Category Notice = new("notice", ["title", "text"]);
    /// <summary>The daily digest e-mail of a staff member who chose one.</summary>
    public static readonly Category Digest = new("digest", ["count", "items"]);

    public static readonly IReadOnlyList<Category> All =
    [
        InquirySubmitted, BuyerMessage, QuoteAccepted, PaymentReceived, WorkOrderReady, CertificateExpiring, LabelBatchRevoked,
        WebhookDisabled, WorkOrderIssued, WorkOrderInspected, MemberPaid, Notice, Digest,
    ];

    public static Category? Find(string key) => All.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));
}
