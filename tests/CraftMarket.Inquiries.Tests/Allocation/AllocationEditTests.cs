using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Members.Contracts;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.Inquiries.Tests.Allocation.AllocationGiven;

namespace CraftMarket.Inquiries.Tests.Allocation;

/// <summary>The desk changes shares (PUT), re-allocates declined ones, and cannot touch a closed or another village's inquiry.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class AllocationEditTests(InquiriesApp app)
{
    [Fact]
    public async Task The_desk_sets_shares_with_warnings_for_odd_cases_and_over_capacity_and_its_reason()
    {
        var product = await TradeGiven.PublishedProductAsync(app, Village, 7);
        var multiple = Math.Max(1, product.OrderMultiple);
        var small = await HouseholdAsync(app, product, 1, "Hộ Nhỏ");
        var other = await HouseholdAsync(app, product, 3000, "Hộ Lớn");
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(await app.Buyer(Village)), 7);
        var desk = await app.ExportDesk(Village);
        var odd = multiple > 1 ? multiple + 1 : 3;

        var edited = await OkJson(await Edit(desk, given.Id, new
        {
            lines = new[] { new { lineId = given.LineId, shares = new object[] { new { memberId = small, quantity = 5 * multiple }, new { memberId = other, quantity = odd } } } },
        }));
        var line = edited.GetProperty("lines")[0];
        line.GetProperty("shares").GetArrayLength().ShouldBe(2);
        ShareOf(line, small)!.Value.GetProperty("reason").GetString().ShouldBe("set by the desk");
        line.GetProperty("uncovered").GetInt32().ShouldBe(given.Quantity - 5 * multiple - odd);
        var warnings = edited.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("memberId").GetGuid(), w.GetProperty("code").GetString())).ToList();
        warnings.ShouldContain((small, "over_capacity"));
        if (multiple > 1) warnings.ShouldContain((other, "not_whole_cases"));
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.Allocating);

        // Leaving a member out removes its share; the other stays with its id.
        var before = ShareOf(line, other)!.Value.GetProperty("shareId").GetGuid();
        var after = (await OkJson(await Edit(desk, given.Id, new { lines = new[] { new { lineId = given.LineId, shares = new object[] { new { memberId = other, quantity = odd } } } } })))
            .GetProperty("lines")[0];
        ShareOf(after, small).ShouldBeNull();
        ShareOf(after, other)!.Value.GetProperty("shareId").GetGuid().ShouldBe(before);
    }

    [Fact]
    public async Task An_edit_above_the_line_for_an_inactive_or_unknown_member_or_twice_the_same_is_refused_with_the_field()
    {
        var product = await TradeGiven.PublishedProductAsync(app, Village, 8);
        var active = await HouseholdAsync(app, product, 300, "Hộ Hoạt Động");
        var invited = await HouseholdAsync(app, product, 300, "Hộ Chưa Kích Hoạt", ready: false);
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(await app.Buyer(Village)), 8);
        var desk = await app.ExportDesk(Village);

        async Task Refused(object share, string field)
        {
            var response = await Edit(desk, given.Id, new { lines = new[] { new { lineId = given.LineId, shares = share is object[] many ? many : new[] { share } } } });
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
            JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
        }
        await Refused(new { memberId = active, quantity = given.Quantity + 1 }, "lines[0].shares");
        await Refused(new { memberId = invited, quantity = 10 }, "lines[0].shares[0].memberId");
        await Refused(new { memberId = Guid.NewGuid(), quantity = 10 }, "lines[0].shares[0].memberId");
        await Refused(new object[] { new { memberId = active, quantity = 10 }, new { memberId = active, quantity = 10 } }, "lines[0].shares[1].memberId");
        await Refused(new { memberId = active, quantity = 0 }, "lines[0].shares[0].quantity");
        var lateDate = (await TradeGiven.ReadAsync(app, given)).RequiredBy.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Refused(new { memberId = active, quantity = 10, dueOn = lateDate }, "lines[0].shares[0].dueOn");
        var unknownLine = await Edit(desk, given.Id, new { lines = new[] { new { lineId = Guid.NewGuid(), shares = Array.Empty<object>() } } });
        unknownLine.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var scope = app.ScopeFor(Village);
        (await InquiriesSite.Db(scope).Shares.AnyAsync(s => s.InquiryId == new InquiryId(given.Id))).ShouldBeFalse("nothing written");
    }

    [Fact]
    public async Task Reallocate_proposes_declined_quantities_again_to_other_members_and_keeps_the_rest()
    {
        var product = await TradeGiven.PublishedProductAsync(app, Village, 9);
        var multiple = Math.Max(1, product.OrderMultiple);
        var decliner = await HouseholdAsync(app, product, 300, "Hộ Từ Chối");
        var keeper = await HouseholdAsync(app, product, 300, "Hộ Giữ Phần");
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(await app.Buyer(Village)), 9, quantity: 40 * multiple);
        var desk = await app.ExportDesk(Village);
        await OkJson(await Edit(desk, given.Id, new
        {
            lines = new[] { new { lineId = given.LineId, shares = new object[] { new { memberId = decliner, quantity = 10 * multiple }, new { memberId = keeper, quantity = 10 * multiple } } } },
        }));
        await using (var scope = app.ScopeFor(Village))
        {
            // As the household's answer would: declined.
            var db = InquiriesSite.Db(scope);
            var share = await db.Shares.SingleAsync(s => s.InquiryId == new InquiryId(given.Id) && s.MemberId == new MemberId(decliner));
            share.Status = ShareStatus.Declined;
            await db.SaveChangesAsync();
        }

        var line = (await OkJson(await desk.PostAsync($"/api/inquiries/{given.Id}/allocation/reallocate", null))).GetProperty("lines")[0];
        ShareOf(line, decliner).ShouldBeNull("a household that declined is not asked again");
        ShareOf(line, keeper)!.Value.GetProperty("quantity").GetInt32().ShouldBe(10 * multiple, "kept as the desk set it");
        line.GetProperty("inactive").EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("Declined");
        var shares = line.GetProperty("shares").EnumerateArray().ToList();
        (shares.Sum(s => s.GetProperty("quantity").GetInt32()) + line.GetProperty("uncovered").GetInt32()).ShouldBe(given.Quantity);
        shares.Count.ShouldBeGreaterThan(1, "the village's other makers took the declined and uncovered pieces");
    }

    [Fact]
    public async Task A_closed_inquiry_refuses_changes_and_another_villages_inquiry_is_not_found()
    {
        var buyer = await InquiriesSite.UserIdOf(await app.Buyer(Village));
        var desk = await app.ExportDesk(Village);
        foreach (var status in new[] { InquiryStatus.Accepted, InquiryStatus.Declined, InquiryStatus.Withdrawn, InquiryStatus.Expired })
        {
            var closed = await TradeGiven.InquiryAsync(app, Village, buyer, status: status);
            (await Propose(desk, closed.Id)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await desk.PostAsync($"/api/inquiries/{closed.Id}/allocation/reallocate", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await Edit(desk, closed.Id, new { lines = new[] { new { lineId = closed.LineId, shares = Array.Empty<object>() } } })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await desk.GetAsync($"/api/inquiries/{closed.Id}/allocation")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var foreign = await TradeGiven.InquiryAsync(app, "van-phuc", await InquiriesSite.UserIdOf(await app.Buyer("van-phuc")));
        (await Propose(desk, foreign.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await desk.GetAsync($"/api/inquiries/{foreign.Id}/allocation")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await desk.PostAsync($"/api/inquiries/{foreign.Id}/allocation/reallocate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Edit(desk, foreign.Id, new { lines = new[] { new { lineId = foreign.LineId, shares = Array.Empty<object>() } } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TradeGiven.ReadAsync(app, foreign)).Status.ShouldBe(InquiryStatus.New, "untouched");
    }

    [Fact]
    public async Task Buyers_households_inspectors_and_anonymous_visitors_get_no_allocation()
    {
        var buyerClient = await app.Buyer(Village);
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(buyerClient));
        var (_, phone) = await app.InviteHousehold(Village, "Hộ Tò Mò");
        var household = await app.Producer(Village, phone);
        var url = $"/api/inquiries/{given.Id}/allocation";
        foreach (var client in new[] { buyerClient, household, await app.Inspector(Village) })
        {
            (await client.GetAsync(url)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
            (await client.PostAsync(url, null)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
            (await client.PutAsJsonAsync(url, new { lines = Array.Empty<object>() })).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
            (await client.PostAsync(url + "/reallocate", null)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        }
        (await app.Anonymous(Village).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.New);
    }
}
