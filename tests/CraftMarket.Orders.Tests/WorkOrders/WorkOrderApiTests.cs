using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Tests.WorkOrders;

/// <summary>A household's work orders through the API: only its own, progress in order, refusals, and the order's move to quality control.</summary>
[Collection(OrdersCollection.Name)]
public sealed class WorkOrderApiTests(OrdersApp app)
{
    private const string Village = WorkGiven.Village;

    [Fact]
    public async Task A_household_sees_only_its_own_work_orders_with_both_prices_and_never_the_buyer()
    {
        var order = await WorkGiven.OrderAsync(app);
        var (mine, theirs) = (order.Households[0], order.Households[1]);
        var phone = await app.Producer(Village, mine.Phone);

        var listed = await phone.GetAsync("/api/work-orders/mine");
        listed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await listed.Content.ReadAsStringAsync();
        var items = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        var one = items.ShouldHaveSingleItem();
        one.GetProperty("id").GetGuid().ShouldBe(mine.WorkOrderId);
        one.GetProperty("orderNumber").GetString().ShouldBe(order.Number);
        one.GetProperty("quantity").GetInt32().ShouldBe(200);
        one.GetProperty("memberUnitPriceVnd").GetInt64().ShouldBe(120_000);
        one.GetProperty("buyerUnitPrice").GetProperty("minorUnits").GetInt64().ShouldBe(840);
        one.GetProperty("buyerUnitPrice").GetProperty("currency").GetString().ShouldBe("USD");
        one.GetProperty("buyerUnitPriceVnd").GetInt64().ShouldBe(210_000);
        one.GetProperty("late").GetBoolean().ShouldBeFalse();
        text.ShouldNotContain("Test Buyer");
        text.ShouldNotContain(TradeBuyers.Homeware);
        text.ShouldNotContain("Test Imports");

        (await phone.GetAsync($"/api/work-orders/{theirs.WorkOrderId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await phone.PostAsJsonAsync($"/api/work-orders/{theirs.WorkOrderId}/progress", new { kind = "started" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WorkGiven.ReadAsync(app, theirs.WorkOrderId)).State.ShouldBe(WorkOrderState.Assigned);
        var own = await phone.GetAsync($"/api/work-orders/{mine.WorkOrderId}");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsStringAsync()).ShouldNotContain(TradeBuyers.Homeware);

        // The desk is not a household: /mine is not for it; an order's work list is not for a household.
        (await (await app.ExportDesk(Village)).GetAsync("/api/work-orders/mine")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await phone.GetAsync($"/api/orders/{order.Id}/work-orders")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Started_then_120_finished_then_ready_moves_the_order_from_production_to_quality_control()
    {
        var order = await WorkGiven.OrderAsync(app);
        var household = order.Households[0];
        var phone = await app.Producer(Village, household.Phone);
        var url = $"/api/work-orders/{household.WorkOrderId}/progress";

        var started = await phone.PostAsJsonAsync(url, new { kind = "started" });
        started.StatusCode.ShouldBe(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        (await phone.PostAsJsonAsync(url, new { kind = "started" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await phone.PostAsJsonAsync(url, new { kind = "progress", finished = 120, note = "Đã nung mẻ đầu" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await WorkGiven.ReadAsync(app, household.WorkOrderId)).FinishedQuantity.ShouldBe(120);
        (await OrderGiven.ReadAsync(app, order)).State.ShouldBe(OrderState.InProduction);

        var backwards = await phone.PostAsJsonAsync(url, new { kind = "progress", finished = 100 });
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.Content.ReadAsStringAsync()).ShouldContain("cannot go back");
        (await phone.PostAsJsonAsync(url, new { kind = "progress", finished = 201 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await phone.PostAsJsonAsync(url, new { kind = "ready", finished = 150 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OrderGiven.ReadAsync(app, order)).State.ShouldBe(OrderState.InProduction);

        var ready = await phone.PostAsJsonAsync(url, new { kind = "ready" });
        ready.StatusCode.ShouldBe(HttpStatusCode.OK, await ready.Content.ReadAsStringAsync());
        var detail = (await ready.Content.ReadFromJsonAsync<JsonElement>());
        detail.GetProperty("work").GetProperty("state").GetString().ShouldBe("ReadyForInspection");
        detail.GetProperty("work").GetProperty("finished").GetInt32().ShouldBe(200);
        detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ShouldBe(["Ready", "Progress", "Started"]);
        (await OrderGiven.ReadAsync(app, order)).State.ShouldBe(OrderState.QualityControl);
        (await phone.PostAsJsonAsync(url, new { kind = "ready" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await using var scope = app.ScopeFor(Village);
        var db = OrdersSite.Db(scope);
        (await db.Timeline.AsNoTracking().CountAsync(t => t.OrderId == new Inquiries.Contracts.OrderId(order.Id) && t.Kind == "state:QualityControl")).ShouldBe(1);
        var events = await db.Outbox.AsNoTracking().Where(m => m.Name == "orders.work-order-changed" && m.Payload.Contains(household.WorkOrderId.ToString()))
            .Select(m => m.Payload).ToListAsync();
        events.Count.ShouldBe(3);
        events.ShouldContain(p => p.Contains("\"ReadyForInspection\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_problem_needs_a_note_a_delay_a_future_date_and_both_reach_the_desk_only()
    {
        var order = await WorkGiven.OrderAsync(app, households: 1);
        var household = order.Households[0];
        var phone = await app.Producer(Village, household.Phone);
        var url = $"/api/work-orders/{household.WorkOrderId}/progress";
        var today = VietnamDate.Today(DateTimeOffset.UtcNow);

        (await phone.PostAsJsonAsync(url, new { kind = "problem" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await phone.PostAsJsonAsync(url, new { kind = "problem", note = "  " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await phone.PostAsJsonAsync(url, new { kind = "delay" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await phone.PostAsJsonAsync(url, new { kind = "delay", expectedOn = today.AddDays(-3) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await phone.PostAsJsonAsync(url, new { kind = "delay", expectedOn = today })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await phone.PostAsJsonAsync(url, new { kind = "paint" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await phone.PostAsJsonAsync(url, new { kind = "problem", note = "Lò bị hỏng" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var delayed = await phone.PostAsJsonAsync(url, new { kind = "delay", expectedOn = today.AddDays(90), note = "Chờ sửa lò" });
        delayed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var work = await WorkGiven.ReadAsync(app, household.WorkOrderId);
        work.ExpectedOn.ShouldBe(today.AddDays(90));
        work.OpenProblem.ShouldBe("Chờ sửa lò");
        work.State.ShouldBe(WorkOrderState.Assigned);

        await using (var scope = app.ScopeFor(Village))
        {
            var lines = await OrdersSite.Db(scope).Timeline.AsNoTracking()
                .Where(t => t.OrderId == new Inquiries.Contracts.OrderId(order.Id) && t.Kind.StartsWith("work:")).ToListAsync();
            lines.Select(l => l.Kind).OrderBy(k => k, StringComparer.Ordinal).ShouldBe(["work:delay", "work:problem"]);
            lines.ShouldAllBe(l => !l.ForBuyer);
            lines.ShouldContain(l => l.Text.Contains("Lò bị hỏng"));
        }

        var desk = await app.ExportDesk(Village);
        var listed = await desk.GetFromJsonAsync<JsonElement>($"/api/orders/{order.Id}/work-orders");
        var row = listed.GetProperty("workOrders").EnumerateArray().Single();
        row.GetProperty("hasOpenProblem").GetBoolean().ShouldBeTrue();
        (await phone.PostAsJsonAsync($"/api/work-orders/{household.WorkOrderId}/problem/clear", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk.PostAsJsonAsync($"/api/work-orders/{household.WorkOrderId}/problem/clear", new { note = "Hội cho mượn lò" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await desk.PostAsJsonAsync($"/api/work-orders/{household.WorkOrderId}/problem/clear", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await WorkGiven.ReadAsync(app, household.WorkOrderId)).OpenProblem.ShouldBeNull();
        var history = await phone.GetFromJsonAsync<JsonElement>($"/api/work-orders/{household.WorkOrderId}");
        history.GetProperty("history")[0].GetProperty("kind").GetString().ShouldBe("ProblemCleared");
        history.GetProperty("history")[0].GetProperty("note").GetString().ShouldBe("Hội cho mượn lò");
    }

    [Fact]
    public async Task Settled_work_refuses_reports_a_stale_revision_is_a_conflict_and_ready_after_rework_presents_it_again()
    {
        var order = await WorkGiven.OrderAsync(app, households: 2, state: OrderState.QualityControl);
        var (reworked, inspected) = (order.Households[0], order.Households[1]);
        await WorkGiven.EditAsync(app, inspected.WorkOrderId, w => { w.State = WorkOrderState.Inspected; w.FinishedQuantity = 200; w.AcceptedQuantity = 200; });
        await WorkGiven.EditAsync(app, reworked.WorkOrderId, w =>
        {
            w.State = WorkOrderState.Rework; w.FinishedQuantity = 200; w.AcceptedQuantity = 150; w.ReworkQuantity = 50;
        });

        var done = await app.Producer(Village, inspected.Phone);
        var refused = await done.PostAsJsonAsync($"/api/work-orders/{inspected.WorkOrderId}/progress", new { kind = "problem", note = "Còn hàng lỗi" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var phone = await app.Producer(Village, reworked.Phone);
        var url = $"/api/work-orders/{reworked.WorkOrderId}/progress";
        var current = (await WorkGiven.ReadAsync(app, reworked.WorkOrderId)).Revision;
        (await phone.PostAsJsonAsync(url, new { kind = "ready", revision = current - 1 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await phone.PostAsJsonAsync(url, new { kind = "ready", finished = 190 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var ready = await phone.PostAsJsonAsync(url, new { kind = "ready", revision = current });
        ready.StatusCode.ShouldBe(HttpStatusCode.OK, await ready.Content.ReadAsStringAsync());
        var work = await WorkGiven.ReadAsync(app, reworked.WorkOrderId);
        work.State.ShouldBe(WorkOrderState.ReadyForInspection);
        work.ReworkQuantity.ShouldBe(0);
        work.OutstandingQuantity.ShouldBe(50);
        work.AcceptedQuantity.ShouldBe(150);
    }

    [Fact]
    public async Task The_desk_sees_an_orders_work_late_first_then_by_due_date()
    {
        var order = await WorkGiven.OrderAsync(app, households: 3);
        var today = VietnamDate.Today(DateTimeOffset.UtcNow);
        var (soon, late, later) = (order.Households[0], order.Households[1], order.Households[2]);
        await WorkGiven.EditAsync(app, soon.WorkOrderId, w => w.DueOn = today.AddDays(5));
        await WorkGiven.EditAsync(app, late.WorkOrderId, w => w.DueOn = today.AddDays(-2));
        await WorkGiven.EditAsync(app, later.WorkOrderId, w => w.DueOn = today.AddDays(20));

        var listed = await (await app.ExportDesk(Village)).GetFromJsonAsync<JsonElement>($"/api/orders/{order.Id}/work-orders");
        var rows = listed.GetProperty("workOrders").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("id").GetGuid()).ShouldBe([late.WorkOrderId, soon.WorkOrderId, later.WorkOrderId]);
        rows.Select(r => r.GetProperty("late").GetBoolean()).ShouldBe([true, false, false]);
        rows[0].GetProperty("memberName").GetString().ShouldStartWith("Hộ Thử Đơn");
        listed.GetProperty("orderNumber").GetString().ShouldBe(order.Number);

        (await (await app.ExportDesk("van-phuc")).GetAsync($"/api/orders/{order.Id}/work-orders")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ExportDesk(Village)).GetAsync($"/api/orders/{Guid.NewGuid()}/work-orders")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var phone = await app.Producer(Village, late.Phone);
        var mine = await phone.GetFromJsonAsync<JsonElement>("/api/work-orders/mine");
        mine[0].GetProperty("late").GetBoolean().ShouldBeTrue();
    }
}
