using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Orders.Features.Buyers;

/// <summary>
/// What an order's state and its timeline lines mean to the buyer, in plain words, on the order page
/// and in the e-mails (English keys, translations in this folder's i18n files). Literal keys, so the
/// translation tests see each of them. Worded from the buyer's side ("Awaiting your deposit"), which
/// also keeps them apart from the desk's own Vietnamese words for the same states.
/// </summary>
internal static class OrderWords
{
    /// <summary>The happy path, as the buyer's page draws it; <see cref="OrderState.Cancelled"/> is shown plainly instead.</summary>
    public static readonly IReadOnlyList<OrderState> Steps =
    [
        OrderState.AwaitingDeposit, OrderState.InProduction, OrderState.QualityControl, OrderState.AwaitingBalance,
        OrderState.ReadyToShip, OrderState.Shipped, OrderState.Delivered, OrderState.Closed,
    ];

    public static string State(OrderState state, Ui t, string language) => state switch
    {
        OrderState.AwaitingDeposit => t.Translate("Awaiting your deposit", language),
        OrderState.InProduction => t.Translate("Being made", language),
        OrderState.QualityControl => t.Translate("Quality inspection", language),
        OrderState.AwaitingBalance => t.Translate("Awaiting your balance", language),
        OrderState.ReadyToShip => t.Translate("Ready for shipment", language),
        OrderState.Shipped => t.Translate("On its way", language),
        OrderState.Delivered => t.Translate("Delivered to you", language),
        OrderState.Closed => t.Translate("Order completed", language),
        OrderState.Cancelled => t.Translate("Order cancelled", language),
        _ => state.ToString(),
    };

    /// <summary>What the state means and what happens next.</summary>
    public static string Next(OrderState state, Ui t, string language) => state switch
    {
        OrderState.AwaitingDeposit => t.Translate("Production starts as soon as your deposit is received.", language),
        OrderState.InProduction => t.Translate("The village's workshops are making your goods. Every lot is inspected before it counts towards your order.", language),
        OrderState.QualityControl => t.Translate("The association's inspector is checking the finished goods against the agreed quality level.", language),
        OrderState.AwaitingBalance => t.Translate("Your goods passed inspection. Once your balance is received, the association prepares the shipment.", language),
        OrderState.ReadyToShip => t.Translate("Your goods are paid for and waiting for shipment.", language),
        OrderState.Shipped => t.Translate("Your goods have left the village and are on their way to you.", language),
        OrderState.Delivered => t.Translate("Your goods were delivered. The association closes the order once everything is settled.", language),
        OrderState.Closed => t.Translate("This order is complete. Thank you for buying from the village.", language),
        OrderState.Cancelled => t.Translate("This order was cancelled. Nothing more will happen with it; the export desk tells you about any refund.", language),
        _ => "",
    };

    /// <summary>The sentence for one timeline line, built from its kind ("state:Shipped", "payment", "document:invoice", ...).</summary>
    public static string Timeline(string kind, Ui t, string language) => kind switch
    {
        "placed" => t.Translate("You placed the order", language),
        "payment" => t.Translate("Your payment was received", language),
        "refund" => t.Translate("A refund was made to you", language),
        "note" => t.Translate("The export desk wrote to you", language),
        "document:proforma" => t.Translate("Your proforma invoice was issued", language),
        "document:invoice" => t.Translate("Your commercial invoice was issued", language),
        "document:packing-list" => t.Translate("Your packing list was issued", language),
        _ when kind.StartsWith("state:", StringComparison.Ordinal) && Enum.TryParse<OrderState>(kind["state:".Length..], out var state) =>
            Reached(state, t, language),
        _ => t.Translate("Your order was updated", language),
    };

    private static string Reached(OrderState state, Ui t, string language) => state switch
    {
        OrderState.InProduction => t.Translate("Production of your goods started", language),
        OrderState.QualityControl => t.Translate("Inspection of your goods started", language),
        OrderState.AwaitingBalance => t.Translate("Your goods passed inspection; the balance is due", language),
        OrderState.ReadyToShip => t.Translate("Your order is ready for shipment", language),
        OrderState.Shipped => t.Translate("Your goods were shipped", language),
        OrderState.Delivered => t.Translate("Your goods were delivered", language),
        OrderState.Closed => t.Translate("Your order was completed", language),
        OrderState.Cancelled => t.Translate("Your order was cancelled", language),
        _ => t.Translate("Your order was updated", language),
    };

    /// <summary>Whether a timeline line's own text is shown to the buyer: what the desk wrote for them, and a cancellation's reason.</summary>
    public static bool ShowsText(string kind) => kind is "note" or "state:Cancelled";

    public static string Purpose(PaymentPurpose purpose, Ui t, string language) => purpose switch
    {
        PaymentPurpose.Deposit => t.Translate("Deposit to pay now", language),
        _ => t.Translate("Balance to pay now", language),
    };

    public static string Method(PaymentMethod method, Ui t, string language) => method switch
    {
        PaymentMethod.Card => t.Translate("By card", language),
        _ => t.Translate("By bank transfer", language),
    };
}
