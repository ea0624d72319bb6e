using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.Orders.Features.Ledger;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CsCheck;

namespace CraftMarket.Orders.Tests.Ledger;

/// <summary>A payment: a share of the order's total (several may overpay) and the bank's đồng off the book rate by a few per cent.</summary>
public sealed record PaymentStep(int PercentOfTotal, int SkewBasisPoints);

/// <summary>A household's work order: its price per accepted piece, its quantity, and its inspections (each accepts a share of what is left).</summary>
public sealed record HouseholdStep(long PriceDong, int Quantity, int[] AcceptedPercents);

/// <summary>
/// A payout the desk asks for: to which household, as a share of what the model says it is owed (above 100: more than owed),
/// give or take a đồng or two (so the edge, exactly what is owed and one đồng more, comes up often).
/// </summary>
public sealed record PayoutStep(int Household, int PercentOfOwed, int Delta, PayoutMethod Method);

public sealed record Scenario(string Currency, decimal Rate, long TotalMinor, PaymentStep[] Payments, HouseholdStep[] Households, int FeeBasisPoints,
    long FeeFixedDong, PayoutStep[] Payouts);

/// <summary>One household in the model: what it should have earned and been paid, computed without the recipes.</summary>
internal sealed record HouseholdModel(MemberId Member, WorkOrder Work, long Gross, long Fees, long Paid)
{
    public long Owed => Gross - Fees - Paid;
}

internal sealed record PayoutDecision(MemberId Member, long Amount, long ModelOwed, bool Accepted);

/// <summary>What a played scenario posted, beside the model's expectations.</summary>
internal sealed record Played(Order Order, List<LedgerTransaction> Transactions, List<HouseholdModel> Households, List<PayoutDecision> Decisions,
    List<Payment> Payments, long BookApplied, long BookExcess, long Received, long ExchangeModel)
{
    public IEnumerable<LedgerRow> Rows => Transactions.SelectMany(LedgerRow.Of);

    public long Sum(LedgerAccount account) => Rows.Where(r => r.Account == account).Sum(r => r.AmountDong);
}

/// <summary>
/// Random orders (USD, EUR, JPY, VND at random rates), payments (partial, over, with the đồng received
/// off the book), inspections (accepted quantities, fee in basis points and fixed) and payouts, run
/// through the <see cref="Postings"/> recipes with a model of what each household should be owed.
/// </summary>
internal static class LedgerScenario
{
    private static readonly TenantId Tenant = new(Guid.Parse("5a3e4f10-0000-7000-8000-000000000001"));
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);

    public static readonly Gen<Scenario> Gen =
        CsCheck.Gen.Select(
            CsCheck.Gen.OneOf<string>(["USD", "EUR", "JPY", "VND"]),
            CsCheck.Gen.Int[10_000, 3_000_000],
            CsCheck.Gen.Long[1, 5_000_000_000],
            CsCheck.Gen.Select(CsCheck.Gen.Int[1, 80], CsCheck.Gen.Int[-500, 500], (p, s) => new PaymentStep(p, s)).Array[0, 6],
            CsCheck.Gen.Select(CsCheck.Gen.Long[1, 2_000_000], CsCheck.Gen.Int[1, 2_000], CsCheck.Gen.Int[0, 100].Array[0, 4],
                (price, qty, inspections) => new HouseholdStep(price, qty, inspections)).Array[1, 4],
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, 3_000], CsCheck.Gen.Long[0, 100_000]),
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, 3], CsCheck.Gen.Frequency((2, CsCheck.Gen.Int[1, 150]), (1, CsCheck.Gen.Const(100))), CsCheck.Gen.Int[-2, 2],
                CsCheck.Gen.Enum<PayoutMethod>(), (h, p, d, m) => new PayoutStep(h, p, d, m)).Array[0, 8],
            (currency, rate, total, payments, households, fee, payouts) => new Scenario(currency, currency == "VND" ? 1m : rate / 100m, total, payments,
                households, fee.Item1, fee.Item2, payouts));

    public static Played Play(Scenario s, bool payoutsFollowTheRule = true)
    {
        var currency = Currency.Of(s.Currency);
        var order = new Order(Tenant, OrderId.New(), "T-ORD-2026-0001", Now)
        {
            CurrencyCode = s.Currency, TotalMinor = s.TotalMinor, VndPerUnit = s.Rate, RateDate = Today, DepositBasisPoints = 3000,
        };
        order.TotalVnd = order.ToVnd(order.Total).MinorUnits;
        var transactions = new List<LedgerTransaction> { Postings.OrderPlaced(order, Today, Now) };

        long bookApplied = 0, bookExcess = 0, received = 0, exchange = 0;
        var payments = new List<Payment>();
        foreach (var step in s.Payments)
        {
            var amount = new Money(Math.Max(1, s.TotalMinor * step.PercentOfTotal / 100), currency);
            var owedBefore = Math.Max(0, order.TotalMinor - order.PaidMinor);
            var applied = Math.Min(amount.MinorUnits, owedBefore);
            var book = order.ToVnd(amount).MinorUnits;
            var receivedDong = Math.Max(0, book + book * step.SkewBasisPoints / 10_000);
            var payment = new Payment(Tenant, order.Id, PaymentMethod.BankTransfer, PaymentPurpose.Deposit, amount, Now)
            {
                AmountVnd = receivedDong, Status = PaymentStatus.Succeeded, ReceivedOn = Today,
            };
            transactions.Add(Postings.PaymentReceived(order, payment, order.Paid, Today, Now));
            order.PaidMinor += amount.MinorUnits;
            payments.Add(payment);
            var appliedDong = order.ToVnd(new Money(applied, currency)).MinorUnits;
            var excessDong = order.ToVnd(new Money(amount.MinorUnits - applied, currency)).MinorUnits;
            bookApplied += appliedDong;
            bookExcess += excessDong;
            received += receivedDong;
            exchange += appliedDong + excessDong - receivedDong;
        }

        var settings = new OrderSettings(Tenant) { FeeBasisPoints = s.FeeBasisPoints, FeeFixedDong = s.FeeFixedDong };
        var households = new List<HouseholdModel>();
        foreach (var h in s.Households)
        {
            var member = new MemberId(Guid.NewGuid());
            var work = new WorkOrder(Tenant, WorkOrderId.New(), order.Id, ShareId.New(), member, InquiryLineId.New(), new ProductId(Guid.NewGuid()), Now)
            {
                Quantity = h.Quantity, MemberUnitPriceDong = h.PriceDong,
            };
            long gross = 0, fees = 0;
            foreach (var percent in h.AcceptedPercents)
            {
                var acceptedNow = (work.Quantity - work.AcceptedQuantity) * percent / 100;
                if (acceptedNow == 0) continue;
                var first = work.AcceptedQuantity == 0;
                transactions.Add(Postings.WorkAccepted(work, $"check:{Guid.NewGuid()}", acceptedNow, settings, first, Today, Now));
                work.AcceptedQuantity += acceptedNow;
                // The model: the percentage rounded half up, the fixed fee once, never more fee than the work is worth.
                var grossNow = h.PriceDong * acceptedNow;
                var fee = (long)(((Int128)grossNow * s.FeeBasisPoints + 5_000) / 10_000) + (first ? s.FeeFixedDong : 0);
                gross += grossNow;
                fees += Math.Min(fee, grossNow);
            }
            households.Add(new HouseholdModel(member, work, gross, fees, 0));
        }

        var decisions = new List<PayoutDecision>();
        foreach (var p in s.Payouts)
        {
            var index = p.Household % households.Count;
            var model = households[index];
            var amount = Math.Max(1, (model.Owed > 0 ? model.Owed * p.PercentOfOwed / 100 : p.PercentOfOwed) + p.Delta);
            var figures = MemberFigures.Of(transactions.SelectMany(LedgerRow.Of), model.Member);
            var allowed = payoutsFollowTheRule
                ? PayoutRule.Check(Postings.Vnd(amount), figures.Owed, PayoutRule.PayableNow(PayoutTiming.AfterInspection, figures, 0),
                    PayoutTiming.AfterInspection).IsSuccess
                : true;
            decisions.Add(new PayoutDecision(model.Member, amount, model.Owed, allowed));
            if (!allowed) continue;
            var payout = new Payout(Tenant, model.Member, Postings.Vnd(amount), p.Method, Today, Now) { Reference = "REF" };
            transactions.Add(Postings.PayoutMade(payout, Now));
            households[index] = model with { Paid = model.Paid + amount };
        }
        return new Played(order, transactions, households, decisions, payments, bookApplied, bookExcess, received, exchange);
    }
}
