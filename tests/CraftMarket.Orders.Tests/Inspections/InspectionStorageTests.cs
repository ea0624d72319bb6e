using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Features.Inspections;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Tests.Inspections;

/// <summary>
/// The inspection's queries on both databases: the queue (ready lots with their "ready" dates and
/// households), photos found by id lists, the check and the work order written together.
/// </summary>
public abstract class InspectionStorageTests(OrdersSite app)
{
    private const string Slug = "van-phuc";

    [Fact]
    public async Task A_silk_lot_is_queued_photographed_sent_back_in_part_and_accepted_when_presented_again()
    {
        var order = await OrderGiven.PlacedAsync(app, Slug, await TradeSite.UserIdOf(await app.Buyer(Slug)), households: 1, quantityEach: 90,
            state: OrderState.QualityControl);
        var id = order.Households[0].WorkOrderId;
        await Lots.ReadyAsync(app, Slug, id);

        await using (var scope = app.ScopeFor(Slug))
        {
            var queue = await scope.ServiceProvider.GetRequiredService<InspectionReads>().QueueAsync(CancellationToken.None);
            var queued = queue.Single(q => q.WorkOrderId == id);
            (queued.Lot, queued.Household, queued.OrderNumber, queued.IsRework).ShouldBe((90, "Hộ Thử Đơn 1", order.Number, false));
        }

        var inspector = await app.Inspector(Slug);
        var plan = await inspector.GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}/sampling-plan");
        (plan.GetProperty("codeLetter").GetString(), plan.GetProperty("sampleSize").GetInt32(), plan.GetProperty("craft").GetString())
            .ShouldBe(("E", 20, "Textiles"));   // 51–90: E, at AQL 2.5 an arrow down to F (n=20, Ac 1)
        plan.GetProperty("defectTypes").EnumerateArray().Select(d => d.GetProperty("key").GetString()).ShouldContain("weaving-fault");

        var photos = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var upload = await inspector.PostAsync($"/api/work-orders/{id}/inspection-photos", Lots.Photo($"vet-{i}.jpg"));
            upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
            photos.Add((await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fileIds")[0].GetGuid());
        }
        var first = await Lots.InspectedAsync(inspector, id,
            new { sampleInspected = 20, defects = new[] { new { type = "stain", count = 1 } }, outcome = "Accepted", photoIds = photos });
        (first.GetProperty("accepted").GetInt32(), first.GetProperty("rework").GetInt32()).ShouldBe((89, 1));
        // Cited once: a second inspection cannot cite them again.
        await Lots.ReadyAsync(app, Slug, id);
        (await Lots.InspectAsync(inspector, id, new { sampleInspected = 1, outcome = "Accepted", photoIds = photos })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await using (var scope = app.ScopeFor(Slug))
        {
            var queued = (await scope.ServiceProvider.GetRequiredService<InspectionReads>().QueueAsync(CancellationToken.None)).Single(q => q.WorkOrderId == id);
            (queued.Lot, queued.IsRework).ShouldBe((1, true));
        }
        await Lots.InspectedAsync(inspector, id, new { sampleInspected = 1, outcome = "Accepted" });

        await using (var scope = app.ScopeFor(Slug))
        {
            var db = OrdersSite.Db(scope);
            var work = await db.WorkOrders.AsNoTracking().SingleAsync(w => w.Id == new WorkOrderId(id));
            (work.State, work.AcceptedQuantity).ShouldBe((WorkOrderState.Inspected, 90));
            var checks = await db.QualityChecks.AsNoTracking().Where(c => c.WorkOrderId == work.Id).ToListAsync();
            checks.Sum(c => c.AcceptedQuantity).ShouldBe(90);
            checks.Single(c => c.LotSize == 90).Defects.ShouldBe([new DefectCount("stain", 1)]);
            (await db.InspectionPhotos.AsNoTracking().Where(p => p.WorkOrderId == work.Id).ToListAsync())
                .ShouldAllBe(p => p.CheckId == checks.Single(c => c.LotSize == 90).Id);
            (await db.Orders.AsNoTracking().SingleAsync(o => o.Id == new Inquiries.Contracts.OrderId(order.Id))).State.ShouldBe(OrderState.AwaitingBalance);
        }
    }
}

[Collection(OrdersCollection.Name)]
public sealed class SqliteInspectionStorageTests(OrdersApp app) : InspectionStorageTests(app);

[Collection(PostgresOrdersCollection.Name)]
public sealed class PostgresInspectionStorageTests(PostgresOrdersApp app) : InspectionStorageTests(app);
