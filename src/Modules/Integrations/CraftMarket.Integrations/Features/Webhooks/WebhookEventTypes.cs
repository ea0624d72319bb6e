namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>The event types an endpoint may follow: the names integrators see in <c>type</c>.</summary>
internal static class WebhookEventTypes
{
    public const string InquiryCreated = "inquiry.created";
    public const string QuoteSent = "quote.sent";
    public const string QuoteAccepted = "quote.accepted";
    public const string OrderPaid = "order.paid";
    public const string WorkOrderReady = "work-order.ready";
    public const string CertificateGranted = "certificate.granted";
    public const string CertificateSuspended = "certificate.suspended";
    public const string CertificateRevoked = "certificate.revoked";
    public const string CertificateExpiring = "certificate.expiring";
    public const string LabelBatchRevoked = "label-batch.revoked";
    public const string ProductPublished = "product.published";
    public const string ProductWithdrawn = "product.withdrawn";

    public static readonly IReadOnlyList<string> All =
    [
        InquiryCreated, QuoteSent, QuoteAccepted, OrderPaid, WorkOrderReady, CertificateGranted, CertificateSuspended,
        CertificateRevoked, CertificateExpiring, LabelBatchRevoked, ProductPublished, ProductWithdrawn,
    ];

    /// <summary>What each type means, for the admin's form (English key, translated by the page).</summary>
    public static string Describe(string type) => type switch
    {
        InquiryCreated => "A buyer sent an inquiry",
        QuoteSent => "A quote was sent to the buyer",
        QuoteAccepted => "The buyer accepted a quote",
        OrderPaid => "A payment of an order was received",
        WorkOrderReady => "A household's work order is ready for inspection",
        CertificateGranted => "A quality mark certificate was granted",
        CertificateSuspended => "A certificate was suspended",
        CertificateRevoked => "A certificate was revoked",
        CertificateExpiring => "A certificate expires soon",
        LabelBatchRevoked => "A batch of labels was revoked",
        ProductPublished => "A product was published or changed",
        ProductWithdrawn => "A product was withdrawn",
        _ => type,
    };
}
