using System.Globalization;
using System.Text;
using CraftMarket.SharedKernel.Text;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>
/// The reconciliations as CSV for the association's accountant: sections (accounts, orders, entries)
/// one under the other, amounts in whole đồng. Every text cell passes <see cref="CsvFormulaGuard"/>
/// (a memo or a payout reference typed as "=cmd|..." must never run in a spreadsheet) and is quoted
/// per RFC 4180 when it holds a comma, quote or line break. Numbers are written by us from integers.
/// </summary>
internal static class ReconciliationCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string FileName(MonthReconciliationDto month) => $"ledger-{month.Month}.csv";

    public static string FileName(OrderReconciliationDto order) =>
        $"ledger-order-{new string([.. order.Order.Number.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')])}.csv";

    public static byte[] Month(MonthReconciliationDto m)
    {
        var csv = new StringBuilder();
        Line(csv, "Reconciliation", m.Month);
        Line(csv, "Transactions", N(m.Check.Transactions), "Unbalanced", N(m.Check.Unbalanced), "Debits", N(m.Check.DebitsDong), "Credits", N(m.Check.CreditsDong));
        Accounts(csv, m.Accounts);
        Orders(csv, m.Orders);
        Entries(csv, m.Entries);
        return Bytes(csv);
    }

    public static byte[] Order(OrderReconciliationDto o)
    {
        var csv = new StringBuilder();
        Line(csv, "Order", o.Order.Number, "State", o.Order.State, "Currency", o.Currency, "Total (minor units)", N(o.TotalMinor),
            "Paid (minor units)", N(o.PaidMinor), "Surplus", N(o.SurplusDong));
        Line(csv, "Transactions", N(o.Check.Transactions), "Unbalanced", N(o.Check.Unbalanced));
        Accounts(csv, o.Accounts);
        Orders(csv, [o.Order]);
        Entries(csv, o.Entries);
        return Bytes(csv);
    }

    private static void Accounts(StringBuilder csv, IEnumerable<AccountTotalDto> accounts)
    {
        csv.Append("\r\n");
        Line(csv, "account", "debits_dong", "credits_dong", "balance_dong");
        foreach (var a in accounts) Line(csv, a.Account, N(a.DebitsDong), N(a.CreditsDong), N(a.BalanceDong));
    }

    private static void Orders(StringBuilder csv, IEnumerable<OrderLineDto> orders)
    {
        csv.Append("\r\n");
        Line(csv, "order", "state", "billed_dong", "returns_dong", "received_dong", "refunded_dong", "exchange_result_dong", "production_cost_dong", "fees_dong",
            "member_earnings_dong", "paid_to_members_dong", "costs_dong", "surplus_shared_dong", "open_receivable_dong", "buyer_credit_dong");
        foreach (var o in orders)
            Line(csv, o.Number, o.State, N(o.BilledDong), N(o.ReturnsDong), N(o.ReceivedDong), N(o.RefundedDong), N(o.ExchangeResultDong),
                N(o.ProductionCostDong), N(o.FeesDong), N(o.MemberEarningsDong), N(o.PaidToMembersDong), N(o.CostsDong), N(o.SurplusSharedDong),
                N(o.OpenReceivableDong), N(o.BuyerCreditDong));
    }

    private static void Entries(StringBuilder csv, IEnumerable<EntryLineDto> entries)
    {
        csv.Append("\r\n");
        Line(csv, "date", "transaction", "kind", "source_key", "memo", "account", "amount_dong", "order", "member", "work_order", "reverses", "reference");
        foreach (var e in entries)
            Line(csv, e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.TransactionId.ToString(), e.Kind, e.SourceKey, e.Memo, e.Account,
                N(e.AmountDong), e.OrderNumber ?? "", e.MemberId?.ToString() ?? "", e.WorkOrderId?.ToString() ?? "", e.ReversesId?.ToString() ?? "", e.Reference ?? "");
    }

    /// <summary>A number we formatted (never neutralised: "-2400000" is a debit, not a formula).</summary>
    private static Number N(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    private readonly record struct Number(string Text);

    private static void Line(StringBuilder csv, params object[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(cells[i] is Number n ? n.Text : Cell(cells[i] as string ?? ""));
        }
        csv.Append("\r\n");
    }

    public static string Cell(string text)
    {
        var safe = CsvFormulaGuard.Neutralise(text);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    // A byte-order mark so spreadsheet programs read the Vietnamese memos as UTF-8.
    private static byte[] Bytes(StringBuilder csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
}
