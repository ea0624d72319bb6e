using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Orders.Tests.Inspections;

/// <summary>
/// Inspecting a lot through the API: the plan it is judged by, the payable it posts (once, with the
/// fee), the rework loop back to the household with its SMS, and the order's move once every lot is settled.
/// Households are paid 120 000 ₫ a piece (OrderGiven); the association's fee is 3% (the default settings).
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class InspectionApiTests(OrdersApp app)
{
    private const string Slug = "bat-trang";

    private async Task<GivenOrder> OrderAsync(int households = 1, int quantityEach = 200, OrderState state = OrderState.InProduction) =>
        await OrderGiven.PlacedAsync(app, Slug, await TradeSite.UserIdOf(await app.Buyer(Slug)), households, quantityEach, state: state);

    [Fact]
    public async Task The_plan_follows_the_lot_and_the_associations_AQL_with_the_crafts_defect_types()
    {
        var order = await OrderAsync(quantityEach: 1_000);
        var inspector = await app.Inspector(Slug);
        var plan = await inspector.GetFromJsonAsync<JsonElement>($"/api/work-orders/{order.Households[0].WorkOrderId}/sampling-plan");
        (plan.GetProperty("lotSize").GetInt32(), plan.GetProperty("codeLetter").GetString(), plan.GetProperty("sampleSize").GetInt32(),
            plan.GetProperty("acceptNumber").GetInt32(), plan.GetProperty("rejectNumber").GetInt32(), plan.GetProperty("aql").GetString())
            .ShouldBe((1_000, "J", 80, 5, 6, "2.5"));
        plan.GetProperty("craft").GetString().ShouldBe("Ceramics");
        plan.GetProperty("defectTypes").EnumerateArray().Select(d => d.GetProperty("key").GetString()).ShouldContain("glaze-run");

        var part = await inspector.GetFromJsonAsync<JsonElement>($"/api/work-orders/{order.Households[0].WorkOrderId}/sampling-plan?lotSize=10");
        (part.GetProperty("lotSize").GetInt32(), part.GetProperty("sampleSize").GetInt32(), part.GetProperty("fullInspection").GetBoolean())
            .ShouldBe((10, 5, false));   // B at 2.5 is an arrow down to C: 5 of the 10
    }

    [Fact]
    public async Task Accepting_a_lot_posts_the_members_payable_once_with_the_fee_and_texts_the_household()
    {
        var order = await OrderAsync();
        var household = order.Households[0];
        await Lots.ReadyAsync(app, Slug, household.WorkOrderId);
        var inspector = await app.Inspector(Slug);

        var check = await Lots.InspectedAsync(inspector, household.WorkOrderId, new { sampleInspected = 32, defects = Array.Empty<object>(), outcome = "Accepted" });
        (check.GetProperty("accepted").GetInt32(), check.GetProperty("rework").GetInt32(), check.GetProperty("rejected").GetInt32()).ShouldBe((200, 0, 0));
        (check.GetProperty("acceptNumber").GetInt32(), check.GetProperty("rejectNumber").GetInt32()).ShouldBe((2, 3));

        // The same lot again: it is no longer waiting, so nothing more is posted.
        var again = await Lots.InspectAsync(inspector, household.WorkOrderId, new { sampleInspected = 32, outcome = "Accepted" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var postings = await Lots.AcceptancePostingsAsync(app, Slug, order.Id, household.WorkOrderId);
        var posting = postings.ShouldHaveSingleItem();
        posting.SourceKey.ShouldBe($"check:{check.GetProperty("id").GetGuid()}");
        posting.Entries.Sum(e => e.AmountDong).ShouldBe(0);
        posting.Entries.Single(e => e.Account == LedgerAccount.ProductionCost).AmountDong.ShouldBe(200 * 120_000);
        posting.Entries.Single(e => e.Account == LedgerAccount.MemberPayable).AmountDong.ShouldBe(-(200 * 120_000 - 720_000));
        posting.Entries.Single(e => e.Account == LedgerAccount.AssociationFee).AmountDong.ShouldBe(-720_000);

        var work = await Lots.WorkAsync(app, Slug, household.WorkOrderId);
        (work.State, work.AcceptedQuantity, work.OutstandingQuantity).ShouldBe((WorkOrderState.Inspected, 200, 0));
        var text = await Lots.TextAsync(app, household.Phone, t => t.Contains("đạt kiểm tra", StringComparison.Ordinal));
        text.ShouldContain("nhận 200 chiếc");
        text.ShouldContain("23.280.000");
    }

    [Fact]
    public async Task A_lot_at_the_rejection_number_cannot_be_accepted_goes_back_for_rework_and_counts_once_presented_again()
    {
        var order = await OrderAsync();
        var household = order.Households[0];
        await Lots.ReadyAsync(app, Slug, household.WorkOrderId);
        var inspector = await app.Inspector(Slug);
        var failing = new { sampleInspected = 32, defects = new[] { new { type = "crack", count = 2 }, new { type = "glaze-run", count = 1 } } };

        var refused = await Lots.InspectAsync(inspector, household.WorkOrderId, new { failing.sampleInspected, failing.defects, outcome = "Accepted" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("accepts at most 2 and rejects from 3");

        await Lots.InspectedAsync(inspector, household.WorkOrderId, new { failing.sampleInspected, failing.defects, outcome = "Rework", note = "Lò nung quá nhiệt" });
        var work = await Lots.WorkAsync(app, Slug, household.WorkOrderId);
        (work.State, work.ReworkQuantity, work.AcceptedQuantity).ShouldBe((WorkOrderState.Rework, 200, 0));
        (await Lots.AcceptancePostingsAsync(app, Slug, order.Id, household.WorkOrderId)).ShouldBeEmpty();
        var text = await Lots.TextAsync(app, household.Phone, t => t.Contains("chưa đạt kiểm tra", StringComparison.Ordinal));
        text.ShouldContain("Nứt 2");
        text.ShouldContain("Chảy men 1");
        text.ShouldContain("làm lại cả lô");

        // The household presents the reworked lot again; this time it passes and counts.
        await Lots.ReadyAsync(app, Slug, household.WorkOrderId);
        var check = await Lots.InspectedAsync(inspector, household.WorkOrderId, new { sampleInspected = 32, outcome = "Accepted" });
        check.GetProperty("lotSize").GetInt32().ShouldBe(200);
        work = await Lots.WorkAsync(app, Slug, household.WorkOrderId);
        (work.State, work.AcceptedQuantity, work.ReworkQuantity).ShouldBe((WorkOrderState.Inspected, 200, 0));
        (await Lots.AcceptancePostingsAsync(app, Slug, order.Id, household.WorkOrderId)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Defective_pieces_of_an_accepted_lot_are_reworked_and_the_total_accepted_is_the_sum_of_the_checks()
    {
        var order = await OrderAsync();
        var household = order.Households[0];
        await Lots.ReadyAsync(app, Slug, household.WorkOrderId);
        var inspector = await app.Inspector(Slug);

        var first = await Lots.InspectedAsync(inspector, household.WorkOrderId,
            new { sampleInspected = 40, defects = new[] { new { type = "pinhole", count = 2 } }, outcome = "Accepted" });
        (first.GetProperty("accepted").GetInt32(), first.GetProperty("rework").GetInt32()).ShouldBe((198, 2));
        var work = await Lots.WorkAsync(app, Slug, household.WorkOrderId);
        (work.State, work.ReworkQuantity, work.OutstandingQuantity).ShouldBe((WorkOrderState.Rework, 2, 2));
        var text = await Lots.TextAsync(app, household.Phone, t => t.Contains("2 chiếc lỗi cần làm lại", StringComparison.Ordinal));
        text.ShouldContain("Lỗ kim 2");

        // The two pieces come back: a lot of 2 is inspected whole (letter A, arrow down to n=5 ≥ 2).
        await Lots.ReadyAsync(app, Slug, household.WorkOrderId);
        var tooFew = await Lots.InspectAsync(inspector, household.WorkOrderId, new { sampleInspected = 1, outcome = "Accepted" });
        tooFew.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var second = await Lots.InspectedAsync(inspector, household.WorkOrderId, new { sampleInspected = 2, outcome = "Accepted" });
        (second.GetProperty("lotSize").GetInt32(), second.GetProperty("acceptNumber").GetInt32()).ShouldBe((2, 0));

        work = await Lots.WorkAsync(app, Slug, household.WorkOrderId);
        (work.State, work.AcceptedQuantity).ShouldBe((WorkOrderState.Inspected, 200));
        var postings = await Lots.AcceptancePostingsAsync(app, Slug, order.Id, household.WorkOrderId);
        postings.Count.ShouldBe(2);
        postings.SelectMany(t => t.Entries).Where(e => e.Account == LedgerAccount.MemberPayable).Sum(e => e.AmountDong).ShouldBe(-(24_000_000 - 720_000));
        postings.SelectMany(t => t.Entries).Where(e => e.Account == LedgerAccount.ProductionCost).Sum(e => e.AmountDong).ShouldBe(200 * 120_000);
    }

    [Fact]
    public async Task A_rejected_lot_counts_for_nothing_and_settles_the_work_order()
    {
        var order = await OrderAsync();
        var household = order.Households[0];
        await Lots.ReadyAsync(app, Slug, household.WorkOrderId);
        var check = await Lots.InspectedAsync(await app.Inspector(Slug), household.WorkOrderId,
            new { sampleInspected = 32, defects = new[] { new { type = "crack", count = 9 } }, outcome = "Rejected" });
        (check.GetProperty("accepted").GetInt32(), check.GetProperty("rejected").GetInt32()).ShouldBe((0, 200));
        var work = await Lots.WorkAsync(app, Slug, household.WorkOrderId);
        (work.State, work.AcceptedQuantity, work.RejectedQuantity).ShouldBe((WorkOrderState.Inspected, 0, 200));
        (await Lots.AcceptancePostingsAsync(app, Slug, order.Id, household.WorkOrderId)).ShouldBeEmpty();
        (await Lots.TextAsync(app, household.Phone, t => t.Contains("bị loại", StringComparison.Ordinal))).ShouldContain("Nứt 9");
    }

    [Fact]
    public async Task When_every_lot_is_settled_the_order_awaits_its_balance()
    {
        var order = await OrderAsync(households: 2);
        var inspector = await app.Inspector(Slug);
        await Lots.ReadyAsync(app, Slug, order.Households[0].WorkOrderId);
        await Lots.InspectedAsync(inspector, order.Households[0].WorkOrderId, new { sampleInspected = 32, outcome = "Accepted" });
        (await OrderGiven.ReadAsync(app, order)).State.ShouldBe(OrderState.QualityControl);

        await Lots.ReadyAsync(app, Slug, order.Households[1].WorkOrderId);
        await Lots.InspectedAsync(inspector, order.Households[1].WorkOrderId, new { sampleInspected = 32, outcome = "Accepted" });
        (await OrderGiven.ReadAsync(app, order)).State.ShouldBe(OrderState.AwaitingBalance);
    }

    [Fact]
    public async Task When_the_balance_is_already_paid_the_last_lot_makes_the_order_ready_to_ship()
    {
        var order = await OrderAsync();
        await using (var scope = app.ScopeFor(Slug))
        {
            var db = OrdersSite.Db(scope);
            var stored = db.Orders.Single(o => o.Id == new Inquiries.Contracts.OrderId(order.Id));
            stored.PaidMinor = stored.TotalMinor;
            await db.SaveChangesAsync();
        }
        await Lots.ReadyAsync(app, Slug, order.Households[0].WorkOrderId);
        await Lots.InspectedAsync(await app.ExportDesk(Slug), order.Households[0].WorkOrderId, new { sampleInspected = 32, outcome = "Accepted" });
        var after = await OrderGiven.ReadAsync(app, order);
        after.State.ShouldBe(OrderState.ReadyToShip);
        after.Number.ShouldBe(order.Number);
    }

    [Fact]
    public async Task The_buyer_reads_that_a_lot_was_inspected_without_the_households_name_the_desk_reads_who()
    {
        var order = await OrderAsync();
        await Lots.ReadyAsync(app, Slug, order.Households[0].WorkOrderId);
        await Lots.InspectedAsync(await app.Inspector(Slug), order.Households[0].WorkOrderId, new { sampleInspected = 32, outcome = "Accepted" });
        await using var scope = app.ScopeFor(Slug);
        var lines = OrdersSite.Db(scope).Timeline.Where(t => t.OrderId == new Inquiries.Contracts.OrderId(order.Id)).ToList();
        var buyer = lines.Single(l => l.Kind == "lot-inspected");
        buyer.ForBuyer.ShouldBeTrue();
        buyer.Text.ShouldContain("200 of 200 pieces accepted");
        buyer.Text.ShouldNotContain("Hộ Thử Đơn");
        var desk = lines.Single(l => l.Kind == "inspection");
        desk.ForBuyer.ShouldBeFalse();
        desk.Text.ShouldContain("Hộ Thử Đơn 1");
    }

    [Theory]
    [InlineData(31, "crack", 0, "Accepted", "sampleInspected")]        // below the plan's 32
    [InlineData(201, "crack", 0, "Accepted", "sampleInspected")]       // more than the lot
    [InlineData(32, "termites", 1, "Rework", "defects[0].type")]      // not a ceramics defect type
    [InlineData(32, "crack", -1, "Rework", "defects[0].count")]
    [InlineData(32, "crack", 33, "Rework", "defects")]                 // more defective pieces than sampled
    [InlineData(32, "crack", 0, "Shipped", "outcome")]
    public async Task An_inspection_that_breaks_the_rules_is_refused_field_by_field(int sample, string type, int count, string outcome, string field)
    {
        var order = await OrderAsync();
        await Lots.ReadyAsync(app, Slug, order.Households[0].WorkOrderId);
        var response = await Lots.InspectAsync(await app.Inspector(Slug), order.Households[0].WorkOrderId,
            new { sampleInspected = sample, defects = new[] { new { type, count } }, outcome });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        (await Lots.WorkAsync(app, Slug, order.Households[0].WorkOrderId)).State.ShouldBe(WorkOrderState.ReadyForInspection);
    }

    [Fact]
    public async Task Quantities_that_do_not_account_for_the_lot_are_refused()
    {
        var order = await OrderAsync();
        var id = order.Households[0].WorkOrderId;
        await Lots.ReadyAsync(app, Slug, id);
        var inspector = await app.Inspector(Slug);
        var defects = new[] { new { type = "chip", count = 1 } };
        (await Lots.InspectAsync(inspector, id, new { sampleInspected = 32, defects, outcome = "Accepted", accepted = 200 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Lots.InspectAsync(inspector, id, new { sampleInspected = 32, defects, outcome = "Accepted", rework = 1, rejected = 1 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Lots.InspectAsync(inspector, id, new { sampleInspected = 32, defects, outcome = "Rework", rework = 100 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Lots.InspectAsync(inspector, id, new { lotSize = 201, sampleInspected = 32, outcome = "Accepted" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var check = await Lots.InspectedAsync(inspector, id, new { sampleInspected = 32, defects, outcome = "Accepted", rejected = 1 });
        (check.GetProperty("accepted").GetInt32(), check.GetProperty("rework").GetInt32(), check.GetProperty("rejected").GetInt32()).ShouldBe((199, 0, 1));
        (await Lots.WorkAsync(app, Slug, id)).State.ShouldBe(WorkOrderState.Inspected);
    }

    [Fact]
    public async Task Only_a_lot_reported_ready_of_an_order_in_production_is_inspected()
    {
        var inspector = await app.Inspector(Slug);
        var notReady = await OrderAsync();
        (await Lots.InspectAsync(inspector, notReady.Households[0].WorkOrderId, new { sampleInspected = 32, outcome = "Accepted" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var noDeposit = await OrderAsync(state: OrderState.AwaitingDeposit);
        await Lots.ReadyAsync(app, Slug, noDeposit.Households[0].WorkOrderId);
        (await Lots.InspectAsync(inspector, noDeposit.Households[0].WorkOrderId, new { sampleInspected = 32, outcome = "Accepted" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
