using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Features.Orders;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CsCheck;

namespace CraftMarket.Orders.Tests.Orders;

/// <summary>The refund rule on its own (ADR 0054): what earlier refunds already took is never refunded again, and the sums always hold.</summary>
public sealed class CancellationRefundsRuleTests
{
    private static readonly TenantId Tenant = new(Guid.NewGuid());
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_payment_partly_refunded_before_gives_back_only_what_is_left_of_it()
    {
        var order = Order(totalMinor: 100_000, depositBasisPoints: 3000);
        var first = Paid(order, 30_000, Now, refunded: 0);
        var second = Paid(order, 20_000, Now.AddDays(1), refunded: 15_000);   // an overpayment already given back in part

        var plan = CancellationRefunds.Plan(order, OrderState.AwaitingDeposit, [], [first, second]);

        plan.Retained.MinorUnits.ShouldBe(0);
        plan.Refunds.Select(r => (r.Payment, r.Amount.MinorUnits)).ShouldBe([(second, 5_000L), (first, 30_000L)]);
    }

    [Fact]
    public void Failed_and_pending_payments_are_never_refunded()
    {
        var order = Order(totalMinor: 100_000, depositBasisPoints: 3000);
        var pending = Paid(order, 30_000, Now, refunded: 0);
        pending.Status = PaymentStatus.Pending;
        var failed = Paid(order, 30_000, Now, refunded: 0);
        failed.Status = PaymentStatus.Failed;

        CancellationRefunds.Plan(order, OrderState.AwaitingDeposit, [], [pending, failed]).Refunds.ShouldBeEmpty();
    }

    [Fact]
    public void Kept_plus_refunded_is_what_was_left_and_the_deposit_and_the_work_bound_what_is_kept()
    {
        var gen = Gen.Select(Gen.Long[1, 500_000], Gen.Int[0, 10_000], Gen.Long[0, 400_000].Array[0, 4], Gen.Int[0, 300].Array[0, 3],
            Gen.Enum<OrderState>());
        gen.Sample((total, bp, amounts, accepted, before) =>
        {
            var order = Order(total, bp);
            var payments = amounts.Select((a, i) => Paid(order, Math.Max(1, a), Now.AddMinutes(i), refunded: a / 3)).ToList();
            var work = accepted.Select(a => Work(order, a)).ToList();
            var plan = CancellationRefunds.Plan(order, before, work, payments);

            var left = payments.Sum(p => p.AmountMinor - p.RefundedMinor);
            (plan.Retained.MinorUnits + plan.Total.MinorUnits).ShouldBe(left);
            plan.Retained.ShouldBeLessThanOrEqualTo(order.Deposit);
            plan.Retained.ShouldBeLessThanOrEqualTo(plan.WorkValue);
            if (before == OrderState.AwaitingDeposit) plan.Retained.IsZero.ShouldBeTrue();
            plan.Refunds.ShouldAllBe(r => r.Amount.IsPositive && r.Amount.MinorUnits <= r.Payment.AmountMinor - r.Payment.RefundedMinor);
            plan.Refunds.Select(r => r.Payment.Id).Distinct().Count().ShouldBe(plan.Refunds.Count);
        }, iter: 2000);
    }

    private static Order Order(long totalMinor, int depositBasisPoints) =>
        new(Tenant, OrderId.New(), "T-ORD-2026-0001", Now) { CurrencyCode = "USD", TotalMinor = totalMinor, DepositBasisPoints = depositBasisPoints };

    private static Payment Paid(Order order, long minor, DateTimeOffset at, long refunded) =>
        new(Tenant, order.Id, PaymentMethod.BankTransfer, PaymentPurpose.Deposit, new Money(minor, Currency.USD), at)
        {
            Status = PaymentStatus.Succeeded, SucceededAt = at, RefundedMinor = Math.Min(refunded, minor),
        };

    private static WorkOrder Work(Order order, int accepted) =>
        new(Tenant, WorkOrderId.New(), order.Id, ShareId.New(), new MemberId(Guid.NewGuid()), InquiryLineId.New(), new ProductId(Guid.NewGuid()), Now)
        {
            Quantity = 300, BuyerUnitPriceMinor = 840, BuyerCurrencyCode = "USD", AcceptedQuantity = accepted, State = WorkOrderState.Inspected,
        };
}
