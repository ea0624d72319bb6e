using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Tests.Support;

namespace CraftMarket.Orders.Tests.WorkOrders;

/// <summary>The household's texts in Vietnamese: one when its work order is issued (with the price), one when it is cancelled.</summary>
[Collection(OrdersCollection.Name)]
public sealed class WorkOrderTextsTests(OrdersApp app)
{
    [Fact]
    public async Task An_issued_work_order_is_texted_once_with_quantity_due_date_price_and_link_and_a_cancellation_once()
    {
        var order = await WorkGiven.OrderAsync(app, households: 1, state: OrderState.AwaitingDeposit);
        var household = order.Households[0];
        await app.Texts.WaitForCount(household.Phone, 1);   // the invitation
        var before = app.Texts.To(household.Phone).Count;
        var work = await WorkGiven.ReadAsync(app, household.WorkOrderId);

        await WorkGiven.PublishAsync(app, household.WorkOrderId);
        await WorkGiven.PublishAsync(app, household.WorkOrderId);   // a second Assigned event (e.g. a problem before any start)
        await app.Texts.WaitForCount(household.Phone, before + 1);
        await app.WaitForOutboxesAsync();

        var texts = app.Texts.To(household.Phone).Skip(before).ToList();
        var issued = texts.ShouldHaveSingleItem();
        issued.ShouldStartWith("Hiệp hội Gốm sứ Bát Tràng giao bạn làm 200 chiếc");
        issued.ShouldContain($"hạn {work.DueOn:dd/MM}");
        issued.ShouldContain("giá 120.000 ₫/chiếc");
        issued.ShouldContain($"/account/work-orders/{household.WorkOrderId}");
        issued.ShouldNotContain("Test Buyer");

        await WorkGiven.EditAsync(app, household.WorkOrderId, w => w.State = WorkOrderState.Cancelled);
        await WorkGiven.PublishAsync(app, household.WorkOrderId);
        await WorkGiven.PublishAsync(app, household.WorkOrderId);
        await app.Texts.WaitForCount(household.Phone, before + 2);
        await app.WaitForOutboxesAsync();
        var cancelled = app.Texts.To(household.Phone).Skip(before + 1).ShouldHaveSingleItem();
        cancelled.ShouldContain("đã bị hủy");
        cancelled.ShouldContain("200 chiếc");
    }
}
