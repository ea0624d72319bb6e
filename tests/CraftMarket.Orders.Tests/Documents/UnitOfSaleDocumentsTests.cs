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

    [Fact]
    public async Task The_buyers_order_page_the_desks_packing_page_and_list_and_the_households_text_count_silk_in_metres()
    {
        var buyer = await app.Buyer(WorkGiven.Village);
        var given = await OrderGiven.PlacedAsync(app, WorkGiven.Village, await TradeSite.UserIdOf(buyer),
            households: 1, quantityEach: 600, state: OrderState.InProduction, soldBy: UnitOfSale.Metre);
        await ChangeAsync(app, given, o =>
        {
            var line = o.Lines.Single();
            (line.PiecesPerCarton, line.NetGramsPerPiece, line.GrossGramsPerCarton) = (50, 60, 3_400);
        });

        var browser = await app.ClientFor(WorkGiven.Village).SignedInWithCookie(TradeBuyers.Homeware);
        var mine = WebUtility.HtmlDecode(await browser.GetStringAsync($"/en/account/orders/{given.Id}"));
        mine.ShouldContain("<td>600 metres</td>");
        mine.ShouldContain(" per metre</td>");
        mine.ShouldContain("Your unit price");
        mine.ShouldNotContain("per piece");

        var desk = await app.ClientFor(WorkGiven.Village).SignedInWithCookie($"export@{WorkGiven.Village}.craftmarket.local");
        var packing = WebUtility.HtmlDecode(await desk.GetStringAsync($"/vi/admin/orders/{given.Id}/packing"));
        packing.ShouldContain("<td>600 mét</td>");
        packing.ShouldContain("> mét<");       // beside the per-carton input
        packing.ShouldContain("> g/mét<");     // beside the net grams input
        packing.ShouldNotContain("chiếc");

        var list = await TextAsync(await app.ExportDesk(WorkGiven.Village), given, "packing-list");
        list.ShouldContain("600metres50metres12");   // quantity, per carton, cartons
        list.ShouldNotContain("Pcs");

        var household = given.Households[0];
        await app.Texts.WaitForCount(household.Phone, 1);
        var before = app.Texts.To(household.Phone).Count;
        await WorkGiven.PublishAsync(app, household.WorkOrderId);
        await app.Texts.WaitForCount(household.Phone, before + 1);
        var issued = app.Texts.To(household.Phone).Skip(before).First(t => t.Contains("/account/work-orders/", StringComparison.Ordinal));
        issued.ShouldContain("giao bạn làm 600 mét ");
        issued.ShouldContain("₫/mét");
    }
}
