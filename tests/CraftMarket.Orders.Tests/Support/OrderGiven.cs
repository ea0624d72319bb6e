using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Tests.Support;

/// <summary>A household a test can sign in as (<c>site.Producer(slug, Phone)</c>), with its work order.</summary>
public sealed record GivenHousehold(Guid MemberId, string Phone, Guid WorkOrderId, int Quantity, long MemberUnitPriceDong);

/// <summary>An order as a test needs it, with the ids and amounts a test asserts on.</summary>
public sealed record GivenOrder(Guid Id, string Number, string Slug, Guid BuyerUserId, string Currency, long TotalMinor, long DepositMinor,
    Guid LineId, Guid ProductId, IReadOnlyList<GivenHousehold> Households);

/// <summary>
/// Orders written straight to the database as the QuoteAccepted consumer opens them (the same
/// <see cref="OrderOpening"/> and ledger posting), for tests of what comes after: payments, work,
/// inspection, payouts. Each call invites fresh households (so a test can sign in as them) and makes
/// a new order; tests never share records. Amounts: <paramref name="unitPriceMinor"/> per piece in
/// <paramref name="currency"/> (US$8.40 by default), households paid 120 000 ₫ per piece, 25 000 ₫ per dollar.
/// </summary>
public static class OrderGiven
{
    public static async Task<GivenOrder> PlacedAsync(OrdersSite site, string slug, Guid buyerUserId, int households = 2, int quantityEach = 200,
        long unitPriceMinor = 840, string currency = "USD", int depositBasisPoints = 3000, OrderState state = OrderState.AwaitingDeposit,
        string buyerEmail = TradeBuyers.Homeware, int dueInDays = 60, SharedKernel.Trade.UnitOfSale? soldBy = null)
    {
        var product = await PublishedProductAsync(site, slug);
        var members = new List<(Guid Id, string Phone)>();
        for (var i = 0; i < households; i++)
        {
            var member = await site.InviteHousehold(slug, $"Hộ Thử Đơn {i + 1}");
            await site.ReadyForWork(slug, member.Id);
            members.Add(member);
        }

        var contract = Currency.Of(currency);
        var now = DateTimeOffset.UtcNow;
        var today = VietnamDate.Today(now);
        var quantity = quantityEach * households;
        var unit = new Money(unitPriceMinor, contract);
        var vndPerUnit = contract == Currency.VND ? 1m : 25_000m;
        var shares = members.Select(m => new AcceptedShare(ShareId.New(), new MemberId(m.Id), quantityEach, Money.Of(120_000, Currency.VND),
            today.AddDays(dueInDays))).ToList();
        var line = new AcceptedLine(InquiryLineId.New(), product.Id, null, "Test order line " + product.Id.Value.ToString("N")[..6], quantity,
            unit, unit * quantity, product.HsCode ?? "6913.10", shares) { Unit = soldBy ?? SharedKernel.Trade.UnitOfSale.Piece };
        var total = unit * quantity;
        var totalVnd = new ExchangeRate(contract, Currency.VND, vndPerUnit, today).Convert(total);
        var unique = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var accepted = new QuoteAccepted(Guid.CreateVersion7(), site.TenantIdOf(slug), OrderId.New(), InquiryId.New(), $"T{unique}-RFQ-2026-0001",
            QuoteId.New(), 1, new AcceptingBuyer(buyerUserId, "Test Buyer " + unique, buyerEmail, "Test Imports " + unique),
            new QuoteSeller(SellerKind.Association, "Test Association", null), [line], total, totalVnd, vndPerUnit, today,
            Incoterm.FOB, null, "JP", today.AddDays(dueInDays + 30), depositBasisPoints, "Balance by T/T before shipment", "en", now);

        await using var scope = site.ScopeFor(slug);
        var db = OrdersSite.Db(scope);
        var (order, work) = OrderOpening.Open(accepted, new Dictionary<Guid, int> { [product.Id.Value] = Math.Max(1, product.OrderMultiple) }, now);
        order.State = state;
        db.Orders.Add(order);
        db.WorkOrders.AddRange(work);
        await db.PostAsync(Postings.OrderPlaced(order, today, now), CancellationToken.None);
        await db.SaveChangesAsync();

        var given = members.Select((m, i) => new GivenHousehold(m.Id, m.Phone, work[i].Id.Value, quantityEach, 120_000)).ToList();
        return new GivenOrder(order.Id.Value, order.Number, slug, buyerUserId, currency, order.TotalMinor, order.Deposit.MinorUnits,
            line.LineId.Value, product.Id.Value, given);
    }

    /// <summary>A published demo product of the village with at least one maker (the first by id).</summary>
    public static async Task<PublishedProduct> PublishedProductAsync(OrdersSite site, string slug)
    {
        await using var scope = site.ScopeFor(slug);
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
        var published = new List<PublishedProduct>();
        await foreach (var p in catalogue.PublishedAsync(CancellationToken.None))
            if (p.Makers.Count > 0) published.Add(p);
        return published.OrderBy(p => p.Id.Value).First();
    }

    /// <summary>Reads an order back, untracked.</summary>
    internal static async Task<Order> ReadAsync(OrdersSite site, GivenOrder given)
    {
        await using var scope = site.ScopeFor(given.Slug);
        return await OrdersSite.Db(scope).Orders.AsNoTracking().SingleAsync(o => o.Id == new OrderId(given.Id));
    }
}
