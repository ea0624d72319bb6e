using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.Orders.Tests.Orders.OrdersPartGiven;

namespace CraftMarket.Orders.Tests.Orders;

/// <summary>
/// A QuoteAccepted written to the Inquiries module's own outbox, as accepting a quote writes it,
/// and delivered by the real dispatcher: the order opens once, whatever is delivered again.
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class QuoteAcceptedConsumerTests(OrdersApp app)
{
    [Fact]
    public async Task An_accepted_quote_opens_the_order_with_its_work_orders_receivable_timeline_and_events()
    {
        var buyer = await TradeSite.UserIdOf(await app.Buyer(Village));
        var (accepted, product) = await AcceptedAsync(buyer);
        await RaiseAsync(accepted);

        var order = await WaitForOrderAsync(accepted.OrderId);
        order.Number.ShouldBe(accepted.InquiryNumber.Replace("-RFQ-", "-ORD-", StringComparison.Ordinal));
        order.State.ShouldBe(OrderState.AwaitingDeposit);
        order.Buyer.UserId.ShouldBe(buyer);
        order.Total.ShouldBe(accepted.Total);
        order.TotalVnd.ShouldBe(accepted.TotalVnd.MinorUnits);
        order.Lines.Single().PiecesPerCarton.ShouldBe(Math.Max(1, product.OrderMultiple));

        await using var scope = app.ScopeFor(Village);
        var db = OrdersSite.Db(scope);
        var work = await db.WorkOrders.AsNoTracking().Where(w => w.OrderId == accepted.OrderId).ToListAsync();
        work.Select(w => w.ShareId).ShouldBe(accepted.Lines.Single().Shares.Select(s => s.ShareId), ignoreOrder: true);
        work.ShouldAllBe(w => w.State == WorkOrderState.Assigned && w.MemberUnitPriceDong == 95_000 && w.BuyerUnitPriceMinor == 1250);
        var posting = await db.Transactions.AsNoTracking().SingleAsync(t => t.OrderId == accepted.OrderId);
        posting.SourceKey.ShouldBe($"order:{accepted.OrderId}");
        posting.Entries.Sum(e => e.AmountDong).ShouldBe(0);
        posting.Entries.ShouldContain(e => e.AmountDong == accepted.TotalVnd.MinorUnits);
        var placed = await db.Timeline.AsNoTracking().SingleAsync(t => t.OrderId == accepted.OrderId && t.Kind == "placed");
        placed.ForBuyer.ShouldBeTrue();

        var changes = await OutboxAsync(app, Village, "orders.order-changed", accepted.OrderId.Value);
        changes.Count(c => c.GetProperty("change").GetString() == "Placed").ShouldBe(1);
        foreach (var w in work)
            (await OutboxAsync(app, Village, "orders.work-order-changed", w.Id.Value)).ShouldHaveSingleItem()
                .GetProperty("state").GetString().ShouldBe("Assigned");
    }

    [Fact]
    public async Task Delivering_the_acceptance_again_or_raising_it_twice_makes_no_second_order_or_posting()
    {
        var buyer = await TradeSite.UserIdOf(await app.Buyer(Village));
        var (accepted, _) = await AcceptedAsync(buyer);
        await RaiseAsync(accepted);
        await WaitForOrderAsync(accepted.OrderId);

        // The same message delivered again (as after a crash before it was marked), and the same acceptance under a new event id (raised twice).
        await RedeliverAsync(accepted.EventId);
        await RaiseAsync(accepted with { EventId = Guid.CreateVersion7() });
        await app.WaitForOutboxesAsync();

        await using var scope = app.ScopeFor(Village);
        var db = OrdersSite.Db(scope);
        (await db.Orders.CountAsync(o => o.Id == accepted.OrderId)).ShouldBe(1);
        (await db.WorkOrders.CountAsync(w => w.OrderId == accepted.OrderId)).ShouldBe(2);
        (await db.Transactions.CountAsync(t => t.OrderId == accepted.OrderId)).ShouldBe(1);
        (await db.Timeline.CountAsync(t => t.OrderId == accepted.OrderId && t.Kind == "placed")).ShouldBe(1);
        (await OutboxAsync(app, Village, "orders.order-changed", accepted.OrderId.Value)).Count.ShouldBe(1);
    }

    /// <summary>An acceptance as the Inquiries module raises it: two of the product's makers share 300 pieces at US$12.50, paid 95 000 ₫ a piece.</summary>
    private async Task<(QuoteAccepted Event, PublishedProduct Product)> AcceptedAsync(Guid buyer)
    {
        var product = await OrderGiven.PublishedProductAsync(app, Village);
        var makers = product.Makers.Count > 1 ? product.Makers.Take(2).ToList() : [product.Makers[0], product.Makers[0]];
        var now = DateTimeOffset.UtcNow;
        var today = VietnamDate.Today(now);
        var unit = new Money(1250, Currency.USD);
        var shares = new[] { 120, 180 }.Select((q, i) => new AcceptedShare(ShareId.New(), makers[i], q, Money.Of(95_000, Currency.VND), today.AddDays(40)))
            .ToList();
        var line = new AcceptedLine(InquiryLineId.New(), product.Id, null, "Consumer test vase", 300, unit, unit * 300, "6913.10", shares);
        var total = unit * 300;
        var unique = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var accepted = new QuoteAccepted(Guid.CreateVersion7(), app.TenantIdOf(Village), OrderId.New(), InquiryId.New(), $"C{unique}-RFQ-2026-0007",
            QuoteId.New(), 2, new AcceptingBuyer(buyer, "Consumer Test Buyer", TradeBuyers.Homeware, "Homeware " + unique),
            new QuoteSeller(SellerKind.Association, "Bát Tràng Association", null), [line], total,
            new ExchangeRate(Currency.USD, Currency.VND, 25_400m, today).Convert(total), 25_400m, today, Incoterm.FOB, "Hai Phong", "DE",
            today.AddDays(70), 3000, "Balance before shipment", "en", now);
        return (accepted, product);
    }

    /// <summary>Writes the event into the Inquiries module's outbox, where accepting a quote writes it; the host's dispatcher delivers it.</summary>
    private async Task RaiseAsync(QuoteAccepted accepted)
    {
        var inquiriesDb = Type.GetType("CraftMarket.Inquiries.Data.InquiriesDb, CraftMarket.Inquiries", throwOnError: true)!;
        await using var scope = app.ScopeFor(Village);
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(inquiriesDb);
        db.Outbox.Add(accepted, TimeProvider.System);
        await db.SaveChangesAsync();
    }

    private async Task RedeliverAsync(Guid eventId)
    {
        var inquiriesDb = Type.GetType("CraftMarket.Inquiries.Data.InquiriesDb, CraftMarket.Inquiries", throwOnError: true)!;
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var scope = app.ScopeFor(Village);
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(inquiriesDb);
            // Once the first delivery is marked done, undo the mark: the dispatcher delivers it again.
            if (await db.Outbox.Where(m => m.Id == eventId && m.ProcessedAt != null)
                    .ExecuteUpdateAsync(m => m.SetProperty(x => x.ProcessedAt, (DateTimeOffset?)null)) == 1) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Message {eventId} was never marked delivered.");
            await Task.Delay(50);
        }
    }

    private async Task<Order> WaitForOrderAsync(OrderId id)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using (var scope = app.ScopeFor(Village))
                if (await OrdersSite.Db(scope).Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id) is { } order) return order;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Order {id} was not opened from the accepted quote.");
            await Task.Delay(50);
        }
    }
}
