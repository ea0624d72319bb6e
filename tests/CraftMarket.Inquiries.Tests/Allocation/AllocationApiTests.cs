using System.Net;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Members.Contracts;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.Inquiries.Tests.Allocation.AllocationGiven;

namespace CraftMarket.Inquiries.Tests.Allocation;

/// <summary>The desk's allocation API: the contract's shapes, eligibility, capacity, edits, re-allocation, closed and foreign inquiries.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class AllocationApiTests(InquiriesApp app)
{
    [Fact]
    public async Task Propose_answers_lines_with_shares_and_uncovered_and_moves_a_new_inquiry_to_allocating()
    {
        var product = await TradeGiven.PublishedProductAsync(app, Village, 3);
        var household = await HouseholdAsync(app, product, 300, "Hộ Đề Xuất");
        var given = await HugeInquiryAsync(app, 3);
        var desk = await app.ExportDesk(Village);

        var proposed = await OkJson(await Propose(desk, given.Id));
        var line = proposed.GetProperty("lines").EnumerateArray().Single();
        line.GetProperty("lineId").GetGuid().ShouldBe(given.LineId);
        line.GetProperty("productId").GetGuid().ShouldBe(given.ProductId);
        line.GetProperty("quantity").GetInt32().ShouldBe(given.Quantity);
        var shares = line.GetProperty("shares").EnumerateArray().ToList();
        (shares.Sum(s => s.GetProperty("quantity").GetInt32()) + line.GetProperty("uncovered").GetInt32()).ShouldBe(given.Quantity);
        line.GetProperty("uncovered").GetInt32().ShouldBeGreaterThan(0, "more than the village can make");

        var inquiry = await TradeGiven.ReadAsync(app, given);
        inquiry.Status.ShouldBe(InquiryStatus.Allocating);
        var mine = ShareOf(line, household)!.Value;
        mine.GetProperty("quantity").GetInt32().ShouldBe(CapacityInWindow(inquiry, product, 300));
        mine.GetProperty("memberName").GetString().ShouldBe("Hộ Đề Xuất");
        mine.GetProperty("status").GetString().ShouldBe("Proposed");
        mine.GetProperty("reason").GetString()!.ShouldContain("capacity left");
        mine.GetProperty("reason").GetString()!.ShouldContain("no work yet");
        mine.GetProperty("dueOn").GetString().ShouldBe(inquiry.RequiredBy.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        mine.GetProperty("shareId").GetGuid().ShouldNotBe(Guid.Empty);

        var read = await OkJson(await desk.GetAsync($"/api/inquiries/{given.Id}/allocation"));
        ShareOf(read.GetProperty("lines")[0], household)!.Value.GetProperty("shareId").GetGuid().ShouldBe(mine.GetProperty("shareId").GetGuid());

        // Proposing again replaces the proposed shares rather than adding to them.
        var again = await OkJson(await Propose(desk, given.Id));
        again.GetProperty("lines")[0].GetProperty("shares").EnumerateArray().Count(s => s.GetProperty("memberId").GetGuid() == household).ShouldBe(1);
        await using var scope = app.ScopeFor(Village);
        (await InquiriesSite.Db(scope).Shares.CountAsync(s => s.InquiryId == new InquiryId(given.Id) && s.MemberId == new MemberId(household))).ShouldBe(1);
    }

    [Fact]
    public async Task Deactivated_not_export_eligible_and_other_craft_households_are_never_chosen()
    {
        var product = await TradeGiven.PublishedProductAsync(app, Village, 4);
        var able = await HouseholdAsync(app, product, 200, "Hộ Đủ Điều Kiện");
        var notEligible = await HouseholdAsync(app, product, 200, "Hộ Chưa Đạt Chuẩn", exportEligible: false);
        var invitedOnly = await HouseholdAsync(app, product, 200, "Hộ Mới Mời", ready: false);
        var otherCraft = await HouseholdAsync(app, product, 200, "Hộ Dệt Lụa", crafts: ["dệt lụa"]);
        var leaving = await HouseholdAsync(app, product, 200, "Hộ Nghỉ");
        (await (await app.Admin(Village)).PostAsync($"/api/members/{leaving}/deactivate", null)).IsSuccessStatusCode.ShouldBeTrue();
        var given = await HugeInquiryAsync(app, 4);

        var line = (await OkJson(await Propose(await app.ExportDesk(Village), given.Id))).GetProperty("lines")[0];
        ShareOf(line, able).ShouldNotBeNull();
        foreach (var member in new[] { notEligible, invitedOnly, otherCraft, leaving }) ShareOf(line, member).ShouldBeNull();
    }

    [Fact]
    public async Task Marked_goods_leave_out_a_household_without_a_certificate()
    {
        var product = await TradeGiven.PublishedProductAsync(app, Village, 5);
        var uncertified = await HouseholdAsync(app, product, 200, "Hộ Chưa Có Nhãn");
        var desk = await app.ExportDesk(Village);
        var plain = await HugeInquiryAsync(app, 5);
        ShareOf((await OkJson(await Propose(desk, plain.Id))).GetProperty("lines")[0], uncertified).ShouldNotBeNull();

        var marked = await HugeInquiryAsync(app, 5, marked: true);
        var line = (await OkJson(await Propose(desk, marked.Id))).GetProperty("lines")[0];
        ShareOf(line, uncertified).ShouldBeNull();
    }

    [Fact]
    public async Task Commitments_and_offers_in_other_open_inquiries_reduce_capacity_in_the_window()
    {
        var product = await TradeGiven.PublishedProductAsync(app, Village, 6);
        var multiple = Math.Max(1, product.OrderMultiple);
        var free = await HouseholdAsync(app, product, 600, "Hộ Rảnh");
        var committed = await HouseholdAsync(app, product, 600, "Hộ Đã Nhận Đơn");
        var offered = await HouseholdAsync(app, product, 600, "Hộ Đang Được Mời");
        var given = await HugeInquiryAsync(app, 6);
        var inquiry = await TradeGiven.ReadAsync(app, given);
        var today = VietnamCalendar.Today(DateTimeOffset.UtcNow);
        var due = inquiry.RequiredBy.AddDays(-7);
        var other = await HugeInquiryAsync(app, 6);
        await using (var scope = app.ScopeFor(Village))
        {
            var db = InquiriesSite.Db(scope);
            db.Commitments.Add(new CapacityCommitment(db.Tenant, new MemberId(committed), Catalogue.CaptureKey(product), product.Id,
                today, due, 50 * multiple, "quote", Guid.NewGuid(), DateTimeOffset.UtcNow));
            db.Shares.Add(new Share(db.Tenant, new InquiryId(other.Id), new InquiryLineId(other.LineId), product.Id, new MemberId(offered),
                30 * multiple, "test", due, DateTimeOffset.UtcNow) { Status = ShareStatus.Offered });
            await db.SaveChangesAsync();
        }

        var line = (await OkJson(await Propose(await app.ExportDesk(Village), given.Id))).GetProperty("lines")[0];
        var full = ShareOf(line, free)!.Value.GetProperty("quantity").GetInt32();
        full.ShouldBe(CapacityInWindow(inquiry, product, 600));
        ShareOf(line, committed)!.Value.GetProperty("quantity").GetInt32().ShouldBe(full - 50 * multiple);
        ShareOf(line, offered)!.Value.GetProperty("quantity").GetInt32().ShouldBe(full - 30 * multiple);
        // The committed household worked most recently: the reason says so.
        ShareOf(line, committed)!.Value.GetProperty("reason").GetString()!.ShouldContain("last work");
    }
}

internal static class Catalogue
{
    public static string CaptureKey(CraftMarket.Catalogue.Contracts.PublishedProduct product) =>
        CraftMarket.SharedKernel.Text.TextFolding.Fold(product.CategoryName["vi"]);
}
