using System.Net;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Orders.Tests.Inspections;

/// <summary>The inspector's phone pages: the queue, the plan in plain Vietnamese, and the plain form posted with antiforgery.</summary>
[Collection(OrdersCollection.Name)]
public sealed class InspectionPageTests(OrdersApp app)
{
    private const string Slug = "bat-trang";
    private const string Inspector = "inspector@bat-trang.craftmarket.local";

    [Fact]
    public async Task The_inspector_finds_the_lot_in_the_queue_reads_the_plan_and_records_the_inspection()
    {
        var order = await OrderGiven.PlacedAsync(app, Slug, await TradeSite.UserIdOf(await app.Buyer(Slug)), households: 1, quantityEach: 1_000,
            state: OrderState.InProduction);
        var id = order.Households[0].WorkOrderId;
        await Lots.ReadyAsync(app, Slug, id);
        var inspector = await app.ClientFor(Slug).SignedInWithCookie(Inspector);

        var queue = await inspector.GetStringAsync("/admin/inspections");
        queue.ShouldContain($"data-work-order=\"{id}\"");
        queue.ShouldContain("Hộ Thử Đơn 1");
        queue.ShouldContain("1.000 chiếc");
        queue.ShouldContain("Kiểm hàng");

        var url = $"/admin/inspections/{id}";
        var page = await inspector.GetStringAsync(url);
        page.ShouldContain("Lô 1.000 chiếc: lấy mẫu 80 chiếc; chấp nhận nếu ≤ 5 lỗi");
        page.ShouldContain("Chảy men");
        page.ShouldNotContain("<script>");

        var form = new Dictionary<string, string>
        {
            ["LotSize"] = "1000", ["SampleInspected"] = "80", ["Defects[0].Type"] = "crack", ["Defects[0].Count"] = "6", ["Outcome"] = "Accepted",
        };
        var refused = await inspector.PostFormAsync(url, form, Forms.Antiforgery(page));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("hãy chọn Làm lại hoặc Loại");
        (await Lots.WorkAsync(app, Slug, id)).State.ShouldBe(WorkOrderState.ReadyForInspection);

        form["Defects[0].Count"] = "2";
        var saved = await inspector.PostFormAsync(url, form, Forms.Antiforgery(page));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        saved.Headers.Location!.ToString().ShouldContain("/admin/inspections?done=");
        var work = await Lots.WorkAsync(app, Slug, id);
        (work.State, work.AcceptedQuantity, work.ReworkQuantity).ShouldBe((WorkOrderState.Rework, 998, 2));
        (await inspector.GetStringAsync("/admin/inspections")).ShouldNotContain($"data-work-order=\"{id}\"");
        (await inspector.GetStringAsync(url)).ShouldContain("Lô này chưa sẵn sàng để kiểm");
    }

    [Fact]
    public async Task The_form_without_its_antiforgery_token_is_refused()
    {
        var order = await OrderGiven.PlacedAsync(app, Slug, await TradeSite.UserIdOf(await app.Buyer(Slug)), households: 1, state: OrderState.InProduction);
        var id = order.Households[0].WorkOrderId;
        await Lots.ReadyAsync(app, Slug, id);
        var inspector = await app.ClientFor(Slug).SignedInWithCookie(Inspector);
        await inspector.GetStringAsync($"/admin/inspections/{id}");
        var response = await inspector.PostAsync($"/admin/inspections/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LotSize"] = "200", ["SampleInspected"] = "32", ["Outcome"] = "Accepted",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Lots.WorkAsync(app, Slug, id)).State.ShouldBe(WorkOrderState.ReadyForInspection);
    }

    [Fact]
    public async Task A_buyer_is_kept_out_of_the_inspectors_pages()
    {
        var buyer = await app.ClientFor(Slug).SignedInWithCookie(TradeBuyers.Homeware);
        var response = await buyer.GetAsync("/admin/inspections");
        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
