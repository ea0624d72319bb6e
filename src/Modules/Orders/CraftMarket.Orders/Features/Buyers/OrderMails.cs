using System.Globalization;
using System.Text;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Orders.Features.Buyers;

/// <summary>One e-mail, ready to send.</summary>
internal sealed record BuyerMail(string To, string Subject, string Body);

/// <summary>What the e-mail about one <see cref="OrderChanged"/> may say, gathered by the mailer from the order's records.</summary>
internal sealed record MailFacts(Order Order, ResolvedTenant Village, string Link, OrderSettings Settings, bool CardAvailable,
    Payment? Payment, Refund? Refund, TimelineEntry? Note);

/// <summary>
/// The words of the buyer's e-mails about an order, in the order's language (en, fr, ja, vi; English
/// otherwise). Amounts and the state come from the event (what was true when it happened), the rest
/// from the order. Only what the buyer may read goes in: never households, member prices or desk-only lines.
/// </summary>
internal sealed class OrderMails(ModuleText<OrdersText> t)
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "ja", "vi"];

    public static string LanguageOf(string? language) =>
        language is { Length: >= 2 } && Languages.Contains(language[..2].ToLowerInvariant()) ? language[..2].ToLowerInvariant() : "en";

    /// <summary>The buyer's e-mail for <paramref name="e"/>, or null for a change the buyer is not mailed about (a document issued: it is on the page).</summary>
    public BuyerMail? ToBuyer(OrderChanged e, MailFacts facts)
    {
        var order = facts.Order;
        var l = LanguageOf(order.Language);
        var culture = CultureInfo.GetCultureInfo(l);
        var village = l == LanguageFallback.Vietnamese ? facts.Village.NameVi : facts.Village.NameEn;
        string F(string translated, params object?[] args) => string.Format(culture, translated, args);
        string M(Money money) => money.Format(culture);
        var due = BuyerDue.Now(e.State, e.Total, e.Paid, e.Total.SplitPercent(order.DepositBasisPoints).Part);

        var body = new StringBuilder();
        body.AppendLine(F(t.Translate("Hello {0},", l), order.Buyer.Name)).AppendLine();
        string subject;
        switch (e.Change)
        {
            case OrderChange.Placed:
                subject = F(t.Translate("Order {0} confirmed ({1})", l), order.Number, village);
                body.AppendLine(F(t.Translate("Thank you for your order {0}. {1} opened it from the quote you accepted.", l), order.Number, village));
                body.AppendLine(F(t.Translate("Order total: {0}. Delivery date: {1}.", l), M(e.Total), order.DeliveryDate.ToString("d", culture)));
                body.AppendLine(OrderWords.Next(OrderState.AwaitingDeposit, t, l));
                break;
            case OrderChange.PaymentReceived:
                subject = F(t.Translate("Payment received for order {0} ({1})", l), order.Number, village);
                body.AppendLine(facts.Payment is { } payment
                    ? F(t.Translate("We received your payment of {0} for order {1}. Thank you.", l), M(payment.Amount), order.Number)
                    : F(t.Translate("We received your payment for order {0}. Thank you.", l), order.Number));
                body.AppendLine(F(t.Translate("Paid so far: {0} of {1}.", l), M(e.Paid), M(e.Total)));
                var left = Money.Max(e.Total - e.Paid, Money.Zero(e.Total.Currency));
                if (due is null)
                    body.AppendLine(left.IsPositive
                        ? F(t.Translate("Still to pay: {0}, due once your goods pass inspection.", l), M(left))
                        : t.Translate("Your order is fully paid.", l));
                break;
            case OrderChange.StateChanged:
                var state = OrderWords.State(e.State, t, l);
                subject = F(t.Translate("Order {0} ({1}): {2}", l), order.Number, village, state);
                body.AppendLine(F(t.Translate("Your order {0} is now: {1}.", l), order.Number, state));
                body.AppendLine(OrderWords.Next(e.State, t, l));
                if (e.State == OrderState.Shipped && order.ShipmentReference is { Length: > 0 } shipment)
                    body.AppendLine(F(t.Translate("Shipment reference (bill of lading or tracking): {0}", l), shipment));
                if (e.State == OrderState.Cancelled && order.CancelReason is { Length: > 0 } reason)
                    body.AppendLine(F(t.Translate("Reason given: {0}", l), reason));
                break;
            case OrderChange.Refunded:
                subject = F(t.Translate("Refund for order {0} ({1})", l), order.Number, village);
                body.AppendLine(facts.Refund is { } refund
                    ? F(t.Translate("A refund of {0} was made to you for order {1}.", l), M(refund.Amount), order.Number)
                    : F(t.Translate("A refund was made to you for order {0}.", l), order.Number));
                if (facts.Refund is { Reason.Length: > 0 } why) body.AppendLine(F(t.Translate("Reason given: {0}", l), why.Reason));
                body.AppendLine(F(t.Translate("Paid so far: {0} of {1}.", l), M(e.Paid), M(e.Total)));
                break;
            case OrderChange.DeskNote:
                subject = F(t.Translate("Message about order {0} ({1})", l), order.Number, village);
                body.AppendLine(F(t.Translate("The export desk of {0} wrote to you about order {1}:", l), village, order.Number)).AppendLine();
                if (facts.Note is { ForBuyer: true, Kind: "note" } note) body.AppendLine(Quoted(note.Text));
                break;
            default:
                return null;
        }
        if (due is not null && e.Change is not (OrderChange.Refunded or OrderChange.DeskNote))
            HowToPay(body, due, facts, l, culture);
        body.AppendLine().AppendLine(F(t.Translate("Open your order: {0}", l), facts.Link));
        body.AppendLine().AppendLine(village);
        return new BuyerMail(order.Buyer.Email, subject, body.ToString());
    }

    /// <summary>What is due and the two ways to pay it: card on the order page (when offered), or a T/T with the order number as the reference.</summary>
    private void HowToPay(StringBuilder body, DueNow due, MailFacts facts, string l, CultureInfo culture)
    {
        string F(string translated, params object?[] args) => string.Format(culture, translated, args);
        body.AppendLine().AppendLine(culture, $"{OrderWords.Purpose(due.Purpose, t, l)}: {due.Amount.Format(culture)}");
        if (facts.CardAvailable) body.AppendLine(t.Translate("You can pay by card on your order page.", l));
        var bank = facts.Settings;
        if (!bank.HasBankDetails)
        {
            body.AppendLine(t.Translate("For a bank transfer, ask the export desk for the association's bank details.", l));
            return;
        }
        body.AppendLine(t.Translate("To pay by bank transfer (T/T):", l));
        body.AppendLine(F(t.Translate("Account holder (beneficiary): {0}", l), bank.BankAccountName));
        body.AppendLine(F(t.Translate("Beneficiary's account number: {0}", l), bank.BankAccountNumber));
        body.AppendLine(F(t.Translate("Beneficiary's bank: {0}", l), bank.BankName));
        if (bank.BankSwift.Length > 0) body.AppendLine(F(t.Translate("Bank's SWIFT/BIC code: {0}", l), bank.BankSwift));
        if (bank.BankAddress.Length > 0) body.AppendLine(F(t.Translate("Beneficiary bank's address: {0}", l), bank.BankAddress));
        body.AppendLine(F(t.Translate("Reference to write on the transfer: {0}", l), facts.Order.Number));
        body.AppendLine(t.Translate("The export desk confirms when your transfer arrives; your order page shows it.", l));
    }

    private static string Quoted(string text) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(line => "> " + line.TrimEnd('\r')));
}
