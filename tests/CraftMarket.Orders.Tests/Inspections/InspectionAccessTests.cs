using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Orders.Tests.Inspections;

/// <summary>Who may inspect and read inspections, and the lot's photos: staff inspect; a household reads only its own results.</summary>
[Collection(OrdersCollection.Name)]
public sealed class InspectionAccessTests(OrdersApp app)
{
    private const string Slug = "bat-trang";

    private async Task<GivenOrder> ReadyOrderAsync(int households = 2)
    {
        var order = await OrderGiven.PlacedAsync(app, Slug, await TradeSite.UserIdOf(await app.Buyer(Slug)), households, state: OrderState.InProduction);
        foreach (var household in order.Households) await Lots.ReadyAsync(app, Slug, household.WorkOrderId);
        return order;
    }

    [Fact]
    public async Task A_household_cannot_inspect_and_reads_only_its_own_results_without_the_inspectors_note()
    {
        var order = await ReadyOrderAsync();
        var (mine, theirs) = (order.Households[0], order.Households[1]);
        var producer = await app.Producer(Slug, mine.Phone);

        (await Lots.InspectAsync(producer, mine.WorkOrderId, new { sampleInspected = 32, outcome = "Accepted" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.GetAsync($"/api/work-orders/{mine.WorkOrderId}/sampling-plan")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Lots.WorkAsync(app, Slug, mine.WorkOrderId)).State.ShouldBe(WorkOrderState.ReadyForInspection);

        await Lots.InspectedAsync(await app.Inspector(Slug), mine.WorkOrderId,
            new { sampleInspected = 32, defects = new[] { new { type = "crack", count = 3 } }, outcome = "Rework", note = "Hộ này hay giao muộn" });
        var own = await producer.GetFromJsonAsync<JsonElement>($"/api/work-orders/{mine.WorkOrderId}/inspections");
        var check = own.EnumerateArray().ShouldHaveSingleItem();
        check.GetProperty("outcome").GetString().ShouldBe("Rework");
        check.GetProperty("defects")[0].GetProperty("vi").GetString().ShouldBe("Nứt");
        check.GetProperty("note").ValueKind.ShouldBe(JsonValueKind.Null);
        check.GetProperty("inspectorName").ValueKind.ShouldBe(JsonValueKind.Null);

        var desk = await (await app.ExportDesk(Slug)).GetFromJsonAsync<JsonElement>($"/api/work-orders/{mine.WorkOrderId}/inspections");
        desk[0].GetProperty("note").GetString().ShouldBe("Hộ này hay giao muộn");

        (await producer.GetAsync($"/api/work-orders/{theirs.WorkOrderId}/inspections")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Buyer(Slug)).GetAsync($"/api/work-orders/{mine.WorkOrderId}/inspections")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_associations_work_order_is_not_found()
    {
        var order = await ReadyOrderAsync(households: 1);
        var id = order.Households[0].WorkOrderId;
        var other = await app.Inspector("van-phuc");
        (await Lots.InspectAsync(other, id, new { sampleInspected = 32, outcome = "Accepted" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/work-orders/{id}/sampling-plan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/work-orders/{id}/inspections")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/work-orders/{id}/inspection-photos", Lots.Photo())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Lots.WorkAsync(app, Slug, id)).State.ShouldBe(WorkOrderState.ReadyForInspection);
    }

    [Fact]
    public async Task Photos_of_a_lot_are_cited_once_by_its_inspection_and_shown_to_its_household_only()
    {
        var order = await ReadyOrderAsync();
        var (mine, theirs) = (order.Households[0], order.Households[1]);
        var inspector = await app.Inspector(Slug);
        // Signed in before the inspection texts them, so the sign-in code is the text it reads.
        var household = await app.Producer(Slug, mine.Phone);
        var neighbour = await app.Producer(Slug, theirs.Phone);

        var upload = await inspector.PostAsync($"/api/work-orders/{mine.WorkOrderId}/inspection-photos", Lots.Photo());
        upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        var photo = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fileIds")[0].GetGuid();

        // Not a photo of the other lot.
        var foreign = await Lots.InspectAsync(inspector, theirs.WorkOrderId, new { sampleInspected = 32, outcome = "Accepted", photoIds = new[] { photo } });
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var check = await Lots.InspectedAsync(inspector, mine.WorkOrderId,
            new { sampleInspected = 32, defects = new[] { new { type = "chip", count = 1 } }, outcome = "Accepted", photoIds = new[] { photo } });
        check.GetProperty("photoIds")[0].GetGuid().ShouldBe(photo);

        var seen = await household.GetAsync($"/api/work-orders/{mine.WorkOrderId}/inspection-photos/{photo}");
        seen.StatusCode.ShouldBe(HttpStatusCode.OK);
        seen.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        seen.Headers.CacheControl!.NoStore.ShouldBeTrue();

        (await neighbour.GetAsync($"/api/work-orders/{mine.WorkOrderId}/inspection-photos/{photo}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetAsync($"/api/work-orders/{theirs.WorkOrderId}/inspection-photos/{photo}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The lot is in rework now (one piece went back): no photos until it is presented again.
        (await inspector.PostAsync($"/api/work-orders/{mine.WorkOrderId}/inspection-photos", Lots.Photo())).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
