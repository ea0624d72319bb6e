namespace CraftMarket.Notifications.Features.Centre.Templates;

/// <summary>English: the fallback for any language or category without its own text.</summary>
internal static class EnglishTemplates
{
    public static readonly IReadOnlyDictionary<string, MessageTemplate> All = new Dictionary<string, MessageTemplate>(StringComparer.Ordinal)
    {
        ["inquiry.submitted"] = new("New inquiry", "A buyer sent an inquiry at {at}. Open it to review and assign it."),
        ["inquiry.buyer-message"] = new("The buyer wrote", "The buyer wrote about an inquiry at {at}. Open it to answer."),
        ["quote.accepted"] = new("Quote {number} accepted", "The buyer accepted quote {number} (version {version}), total {total}, delivery by {deliveryDate}. The order is open."),
        ["order.payment-received"] = new("Payment received", "A payment came in for the order: {paid} paid of {total}."),
        ["work-order.ready"] = new("A lot is ready for inspection", "A household finished {quantity} pieces (due {dueOn}). Please arrange the inspection."),
        ["certificate.expiring"] = new("Certificate {number} expires soon", "Certificate {number} is valid until {validUntil}. Remind the member to renew it."),
        ["label-batch.revoked"] = new("A label batch was revoked", "{count} labels were revoked. Reason: {reason}."),
        ["webhook.disabled"] = new("A webhook was disabled", "{url} was disabled after {failures} failed deliveries in a row. Last error: {error}."),
        ["work-order.issued"] = new("You have new work", "The association gave you {quantity} pieces, due {dueOn}, paid {value}."),
        ["work-order.inspected"] = new("Your lot was inspected", "Accepted {accepted}, rework {rework}, rejected {rejected}. Counted for payment: {value}."),
        ["member.paid"] = new("You were paid", "The association paid you {amount} on {paidOn}."),
        ["notice"] = new("{title}", "{text}"),
        ["digest"] = new("Your daily summary ({count})", "Your notifications since yesterday:\n{items}"),
    };
}
