using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>An event as integrators receive it: its type, when it happened, and the data they need.</summary>
internal sealed record WebhookMessage(string Type, DateTimeOffset Timestamp, object Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The body, built once and stored: every attempt and replay sends the same bytes.</summary>
    public string ToJson() => JsonSerializer.Serialize(new { type = Type, timestamp = Timestamp, data = Data }, Json);
}

/// <summary>
/// What each source event becomes. Ids, numbers, states, quantities and amounts only: never a
/// household's phone, name or unit price, never a buyer's contact details, never staff's reasons
/// (those stay in the association's own pages); an integrator that needs more asks the API with a token.
/// </summary>
internal static class WebhookPayloads
{
    public static WebhookMessage? From(InquiryChanged e) => e.Change switch
    {
        InquiryChange.Submitted => new(WebhookEventTypes.InquiryCreated, e.At,
            new { inquiryId = e.InquiryId.Value, status = Name(e.Status), source = Name(e.Source) }),
        InquiryChange.QuoteSent => new(WebhookEventTypes.QuoteSent, e.At,
            new { inquiryId = e.InquiryId.Value, quoteVersion = e.QuoteVersion, status = Name(e.Status) }),
        _ => null,
    };

    public static WebhookMessage From(QuoteAccepted e) => new(WebhookEventTypes.QuoteAccepted, e.AcceptedAt, new
    {
        inquiryId = e.InquiryId.Value, inquiryNumber = e.InquiryNumber, quoteId = e.QuoteId.Value, quoteVersion = e.QuoteVersion,
        orderId = e.OrderId.Value, total = Amount(e.Total), totalVnd = Amount(e.TotalVnd), incoterm = e.Incoterm.ToString(),
        destinationCountry = e.DestinationCountry, deliveryDate = e.DeliveryDate, depositBasisPoints = e.DepositBasisPoints,
        lines = e.Lines.Select(l => new { productId = l.ProductId.Value, variantSku = l.VariantSku, quantity = l.Quantity, lineTotal = Amount(l.LineTotal) }),
    });

    public static WebhookMessage? From(OrderChanged e) => e.Change == OrderChange.PaymentReceived
        ? new(WebhookEventTypes.OrderPaid, e.At, new
        {
            orderId = e.OrderId.Value, state = Name(e.State), total = Amount(e.Total), paid = Amount(e.Paid),
            fullyPaid = e.Paid.MinorUnits >= e.Total.MinorUnits, totalVnd = Amount(e.TotalVnd), deliveryDate = e.DeliveryDate,
        })
        : null;

    public static WebhookMessage? From(WorkOrderChanged e) => e.State == WorkOrderState.ReadyForInspection
        ? new(WebhookEventTypes.WorkOrderReady, e.At, new
        {
            workOrderId = e.WorkOrderId.Value, orderId = e.OrderId.Value, memberId = e.MemberId.Value, state = Name(e.State),
            quantity = e.Quantity, finished = e.Finished, dueOn = e.DueOn,
        })
        : null;

    public static WebhookMessage? From(CertificateChanged e)
    {
        var type = e.Change switch
        {
            CertificateChange.Granted => WebhookEventTypes.CertificateGranted,
            CertificateChange.Suspended => WebhookEventTypes.CertificateSuspended,
            CertificateChange.Revoked => WebhookEventTypes.CertificateRevoked,
            CertificateChange.Expiring => WebhookEventTypes.CertificateExpiring,
            _ => null,
        };
        return type is null ? null : new(type, e.At, new
        {
            certificateId = e.CertificateId.Value, certificateNumber = e.CertificateNumber, memberId = e.MemberId.Value,
            valid = e.Valid, productCount = e.ProductCount, validUntil = e.ValidUntil,
        });
    }

    public static WebhookMessage From(LabelBatchRevoked e) => new(WebhookEventTypes.LabelBatchRevoked, e.At,
        new { batchId = e.BatchId.Value, certificateId = e.CertificateId.Value, labelCount = e.LabelCount });

    public static WebhookMessage From(ProductPublished e) => new(WebhookEventTypes.ProductPublished, e.Product.UpdatedAt, new
    {
        productId = e.Product.Id.Value, association = e.Product.TenantSlug, name = e.Product.Name, categoryId = e.Product.CategoryId.Value,
        basePrice = Amount(e.Product.BasePrice), minimumOrderQuantity = e.Product.MinimumOrderQuantity, leadTimeDays = e.Product.LeadTimeDays,
        placeOfOrigin = e.Product.PlaceOfOrigin, publishedAt = e.Product.PublishedAt,
    });

    public static WebhookMessage From(ProductWithdrawn e, DateTimeOffset at) => new(WebhookEventTypes.ProductWithdrawn, at,
        new { productId = e.ProductId.Value });

    private static object Amount(Money money) => new { amount = money.Major, currency = money.Currency.Code };

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
