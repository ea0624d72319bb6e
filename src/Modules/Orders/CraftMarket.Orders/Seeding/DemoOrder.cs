using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Seeding;

/// <summary>
/// One demo order taken from acceptance to <c>target</c> with the features' own steps: opened as the
/// QuoteAccepted consumer opens it, paid by bank transfer, made by its households, inspected, shipped,
/// households paid. Each step moves the demo clock on by the days it would take.
/// </summary>
internal sealed class DemoOrder(OrdersDb db, OrderSettings settings, DemoClock clock, ExchangeRate? usdPerDong)
{
    private const string Desk = "Export desk";
    private Order order = null!;
    private List<WorkOrder> work = [];
    private readonly Dictionary<Members.Contracts.MemberId, long> paid = [];

    public async Task RunAsync(PublishedProduct product, BuyerAccount buyer, string inquiryNumber, OrderState target, CancellationToken ct)
    {
        Open(product, buyer, inquiryNumber);
        await db.PostAsync(Postings.OrderPlaced(order, Today, clock.Now), ct);
        db.Timeline(order, "placed", buyer.Name, $"Quote {inquiryNumber} v1 accepted", forBuyer: true, clock);
        if (target == OrderState.AwaitingDeposit) return;

        Days(3);
        await ReceiveAsync(order.Deposit, PaymentPurpose.Deposit, ct);
        if (target == OrderState.Cancelled)
        {
            Days(4);
            await CancelAsync(ct);
            return;
        }
        Days(2);
        Progress(work[0], WorkOrderUpdateKind.Started, 0);
        if (work.Count > 1) Progress(work[1], WorkOrderUpdateKind.Progress, work[1].Quantity / 2);
        if (target == OrderState.InProduction) return;

        Days(12);
        Progress(work[0], WorkOrderUpdateKind.Ready, work[0].Quantity);
        Days(1);
        // A lot with a sister lot passes; a single lot fails once (colour off), so the order stays in quality control.
        await InspectAsync(work[0], defects: work.Count > 1 ? 1 : 6, rework: work.Count == 1, ct);
        if (work.Count > 1) Progress(work[1], WorkOrderUpdateKind.Ready, work[1].Quantity);
        db.AfterWorkChanged(order, work, Desk, clock);
        if (target == OrderState.QualityControl) return;

        Days(1);
        foreach (var lot in work.Where(w => w.State is WorkOrderState.ReadyForInspection or WorkOrderState.Rework).ToList())
        {
            if (lot.State == WorkOrderState.ReadyForInspection) await InspectAsync(lot, defects: 6, rework: true, ct);
            Days(3);   // reworked and presented again, then accepted
            Progress(lot, WorkOrderUpdateKind.Ready, lot.Quantity);
            await InspectAsync(lot, defects: 0, rework: false, ct);
        }
        db.AfterWorkChanged(order, work, Desk, clock);
        Days(1);
        await PayHouseholdsAsync(ct);   // paid from the deposit as soon as inspected (the default policy)
        if (target == OrderState.AwaitingBalance) return;

        Days(6);
        await ReceiveAsync(order.BalanceDue, PaymentPurpose.Balance, ct);
        if (target == OrderState.ReadyToShip) return;

        Days(4);
        order.ShipmentReference = $"B/L HPH{order.Number[^4..]}-{Today:MMdd}, Haiphong to {order.DestinationPort ?? "destination"}";
        db.MoveTo(order, OrderState.Shipped, Desk, order.ShipmentReference, clock);
        if (target == OrderState.Shipped) return;

        Days(21);
        db.MoveTo(order, OrderState.Delivered, Desk, "Buyer confirmed delivery", clock);
        await PayHouseholdsAsync(ct);
        if (target == OrderState.Delivered) return;

        Days(5);
        order.ClosedAt = clock.Now;
        db.MoveTo(order, OrderState.Closed, Desk, "Order closed", clock);
    }

    private DateOnly Today => VietnamDate.Today(clock.Now);

    private void Days(int days) => clock.Advance(TimeSpan.FromDays(days));

    private void Open(PublishedProduct product, BuyerAccount buyer, string inquiryNumber)
    {
        var quantity = Whole(Math.Max(product.MinimumOrderQuantity * 2, 200), Math.Max(1, product.OrderMultiple));
        var unitVnd = product.BasePrice;
        var contract = usdPerDong is null ? unitVnd : usdPerDong.Convert(unitVnd);
        var vndPerUnit = usdPerDong is null ? 1m : decimal.Round(1m / usdPerDong.Rate, 2);
        var memberPrice = unitVnd.SplitPercent(7000).Part;   // households are paid about 70% of the list price
        var makers = product.Makers.Take(2).ToList();
        var parts = makers.Count == 1 ? [quantity] : new[] { Whole(quantity / 2, Math.Max(1, product.OrderMultiple)), 0 };
        if (makers.Count > 1) parts[1] = quantity - parts[0];
        var due = Today.AddDays(Math.Max(product.LeadTimeDays, 30));
        var shares = makers.Select((m, i) => new AcceptedShare(ShareId.New(), m, parts[i], memberPrice, due)).ToList();
        var line = new AcceptedLine(InquiryLineId.New(), product.Id, null, product.Name.GetValueOrDefault("en") ?? product.Name.Values.First(),
            quantity, contract, contract * quantity, "6913.10", shares);
        var total = contract * quantity;
        var totalVnd = contract.Currency == Currency.VND ? total : new ExchangeRate(contract.Currency, Currency.VND, vndPerUnit, Today).Convert(total);
        var accepted = new QuoteAccepted(Guid.CreateVersion7(), settings.TenantId, OrderId.New(), InquiryId.New(), inquiryNumber, QuoteId.New(), 1,
            new AcceptingBuyer(buyer.UserId, buyer.Name, buyer.Email, buyer.Company), new QuoteSeller(SellerKind.Association, "", null), [line],
            total, totalVnd, vndPerUnit, Today, buyer.Country == "JP" ? Incoterm.CIF : Incoterm.FOB, buyer.Country == "JP" ? "Yokohama" : null,
            buyer.Country ?? "US", due.AddDays(30), 3000, "Balance by T/T before shipment", buyer.Language is "en" or "fr" or "ja" or "vi" ? buyer.Language : "en",
            clock.Now);
        (order, work) = OrderOpening.Open(accepted, new Dictionary<Guid, int> { [product.Id.Value] = Math.Max(1, product.OrderMultiple) }, clock.Now);
        db.Orders.Add(order);
        db.WorkOrders.AddRange(work);
        foreach (var w in work) Update(w, WorkOrderUpdateKind.Issued, Desk, null);
    }

    private async Task ReceiveAsync(Money amount, PaymentPurpose purpose, CancellationToken ct)
    {
        var payment = new Payment(order.TenantId, order.Id, PaymentMethod.BankTransfer, purpose, amount, clock.Now)
        {
            Reference = $"{order.Number} {purpose}".ToUpperInvariant(),
            RecordedByName = Desk,
            // The bank credits a little less than the book rate would give: the difference is an exchange loss.
            AmountVnd = order.ToVnd(amount).MinorUnits * 998 / 1000,
        };
        db.Payments.Add(payment);
        await db.SucceededAsync(order, payment, Desk, clock, ct);
    }

    private void Progress(WorkOrder lot, WorkOrderUpdateKind kind, int finished)
    {
        lot.FinishedQuantity = finished;
        lot.State = kind == WorkOrderUpdateKind.Ready ? WorkOrderState.ReadyForInspection : WorkOrderState.Started;
        lot.Touch(clock.Now);
        Update(lot, kind, "Hộ sản xuất", finished);
    }

    private async Task InspectAsync(WorkOrder lot, int defects, bool rework, CancellationToken ct)
    {
        var presented = lot.OutstandingQuantity;
        var plan = Features.Inspections.SamplingPlan.For(presented, settings.Aql);
        // A failed lot shows as many defects as the plan rejects at; a passed one no more than it accepts.
        defects = rework ? plan.RejectNumber : Math.Min(defects, plan.AcceptNumber);
        var check = new QualityCheck(lot.TenantId, lot.Id, lot.OrderId, lot.MemberId, clock.Now)
        {
            LotSize = presented,
            SampleSize = plan.SampleSize,
            Aql = plan.Aql,
            AcceptNumber = plan.AcceptNumber,
            RejectNumber = plan.RejectNumber,
            Defects = defects == 0 ? [] : [new DefectCount("colour-off", defects)],
            Outcome = rework ? InspectionOutcome.Rework : InspectionOutcome.Accepted,
            AcceptedQuantity = rework ? 0 : presented - defects,
            RejectedQuantity = rework ? 0 : defects,
            ReworkQuantity = rework ? presented : 0,
            InspectorUserId = Guid.Empty,
            InspectorName = "Inspector",
            Note = rework ? "Colour differs from the approved sample: rework the lot." : null,
        };
        db.QualityChecks.Add(check);
        var first = lot.AcceptedQuantity == 0;
        lot.AcceptedQuantity += check.AcceptedQuantity;
        lot.RejectedQuantity += check.RejectedQuantity;
        lot.ReworkQuantity = check.ReworkQuantity;
        lot.State = rework ? WorkOrderState.Rework : WorkOrderState.Inspected;
        lot.InspectedAt = clock.Now;
        lot.Touch(clock.Now);
        Update(lot, WorkOrderUpdateKind.Inspected, "Inspector", lot.AcceptedQuantity);
        if (check.AcceptedQuantity > 0)
            await db.PostAsync(Postings.WorkAccepted(lot, $"check:{check.Id}", check.AcceptedQuantity, settings, first, Today, clock.Now), ct);
    }

    /// <summary>Pays every household what the ledger says it is owed on this order (the postings not yet saved included).</summary>
    private async Task PayHouseholdsAsync(CancellationToken ct)
    {
        var owed = db.Transactions.Local.Where(t => t.OrderId == order.Id).SelectMany(t => t.Entries)
            .Where(e => e.Account == LedgerAccount.MemberPayable)
            .GroupBy(e => e.MemberId!.Value)
            .Select(g => (Member: g.Key, Owed: -g.Sum(e => e.AmountDong) - paid.GetValueOrDefault(g.Key)))
            .Where(x => x.Owed > 0).ToList();
        foreach (var (member, amount) in owed)
        {
            var payout = new Payout(order.TenantId, member, new Money(amount, Currency.VND),
                amount % 2 == 0 ? PayoutMethod.BankTransfer : PayoutMethod.MobileWallet, Today, clock.Now)
            {
                Reference = "CK " + order.Number,
                RecordedByName = Desk,
            };
            db.Payouts.Add(payout);
            paid[member] = paid.GetValueOrDefault(member) + amount;
            var posting = Postings.PayoutMade(payout, clock.Now);
            payout.TransactionId = posting.Id;
            await db.PostAsync(posting, ct);
        }
    }

    private async Task CancelAsync(CancellationToken ct)
    {
        order.CancelReason = "The buyer's own customer cancelled; no work had started.";
        foreach (var w in work)
        {
            w.State = WorkOrderState.Cancelled;
            w.Touch(clock.Now);
            Update(w, WorkOrderUpdateKind.Cancelled, Desk, null);
        }
        db.MoveTo(order, OrderState.Cancelled, Desk, order.CancelReason, clock);
        // What the ledger's OrderChanged consumer posts on a live cancellation (the demo's events are not sent).
        await db.PostAsync(Postings.OrderCancelled(order, Today, clock.Now), ct);
        var deposit = db.Payments.Local.Single(p => p.OrderId == order.Id);
        var refund = db.Request(order, deposit, deposit.Amount, "Cancelled before production: deposit returned in full", clock);
        Days(2);
        await db.CompletedAsync(order, refund, PaymentMethod.BankTransfer, Desk, clock, ct);
    }

    private void Update(WorkOrder lot, WorkOrderUpdateKind kind, string author, int? finished) =>
        db.WorkOrderUpdates.Add(new WorkOrderUpdate(lot.TenantId, lot.Id, kind, author, clock.Now) { Finished = finished });

    private static int Whole(int value, int multiple) => Math.Max(multiple, (value + multiple - 1) / multiple * multiple);
}
