using System.Net;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Orders.Tests.WorkOrders;
using CraftMarket.SharedKernel.Trade;
using CraftMarket.Testing;
using static CraftMarket.Orders.Tests.Documents.DocumentsGiven;

namespace CraftMarket.Orders.Tests.Documents;

/// <summary>An order for silk sold by the metre: its lines, work orders, documents and the household's page count metres (ADR 0073).</summary>
[Collection(OrdersCollection.Name)]
public sealed class UnitOfSaleDocumentsTests(OrdersApp app)
{
    [Fact]
    public async Task An_order_opened_from_a_quote_in_metres_prints_metres_and_tells_the_household_in_met()
    {
        var buyer = await app.Buyer(WorkGiven.Village);
        var given = await OrderGiven.PlacedAsync(app, WorkGiven.Village, await TradeSite.UserIdOf(buyer),
            households: 1, quantityEach: 600, state: OrderState.InProduction, soldBy: UnitOfSale.Metre);

        (await OrderGiven.ReadAsync(app, given)).Lines.Single().Unit.ShouldBe(UnitOfSale.Metre);
        (await WorkGiven.ReadAsync(app, given.Households[0].WorkOrderId)).Unit.ShouldBe(UnitOfSale.Metre);

        (await TextAsync(buyer, given, "proforma")).ShouldContain("600metres");

        var browser = await WorkGiven.PhoneBrowser(app, given.Households[0]);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/account/work-orders/{given.Households[0].WorkOrderId}"));
        page.ShouldContain("600 mét");
        page.ShouldContain("120.000 ₫/mét");
    }
}
