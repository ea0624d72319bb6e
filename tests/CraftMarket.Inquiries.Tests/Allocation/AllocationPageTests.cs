using System.Net;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.Inquiries.Tests.Allocation.AllocationGiven;

namespace CraftMarket.Inquiries.Tests.Allocation;

/// <summary>The desk's page in Vietnamese, with plain forms: propose, edit a quantity, see capacity left and the uncovered quantity.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class AllocationPageTests(InquiriesApp app)
{
    [Fact]
    public async Task The_desk_proposes_and_edits_on_the_page_without_script()
    {
        var product = await TradeGiven.PublishedProductAsync(app, Village, 10);
        var multiple = Math.Max(1, product.OrderMultiple);
        var household = await HouseholdAsync(app, product, 300, "Hộ Trang Phân Chia");
        var given = await HugeInquiryAsync(app, 10);
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var url = $"/admin/inquiries/{given.Id}/allocation";

        var page = await desk.GetStringAsync(url);
        page.ShouldContain("Đề xuất");
        page.ShouldNotContain("<script>");
        var proposed = await desk.PostFormAsync(url + "?handler=Propose", new Dictionary<string, string>(), Forms.Antiforgery(page));
        var html = await proposed.Content.ReadAsStringAsync();
        proposed.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("Hộ Trang Phân Chia");
        html.ShouldContain("năng lực còn");
        html.ShouldContain("<mark>");
        html.ShouldContain("không thể làm kịp hạn giao");

        var fields = new Dictionary<string, string>
        {
            ["Lines[0].LineId"] = given.LineId.ToString(),
            ["Lines[0].Shares[0].MemberId"] = household.ToString(),
            ["Lines[0].Shares[0].Quantity"] = (5 * multiple).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var saved = await desk.PostFormAsync(url + "?handler=Save", fields, Forms.Antiforgery(html));
        var after = await saved.Content.ReadAsStringAsync();
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, after);
        after.ShouldContain("Đã lưu phân chia");
        after.ShouldContain("do bộ phận xuất khẩu đặt");
        await using var scope = app.ScopeFor(Village);
        var shares = await InquiriesSite.Db(scope).Shares.Where(s => s.InquiryId == new InquiryId(given.Id)).ToListAsync();
        shares.Single().Quantity.ShouldBe(5 * multiple, "only the listed share stays");
    }

    [Fact]
    public async Task The_page_is_not_found_for_another_village_and_refused_to_a_buyer()
    {
        var foreign = await TradeGiven.InquiryAsync(app, "van-phuc", await InquiriesSite.UserIdOf(await app.Buyer("van-phuc")));
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        (await desk.GetAsync($"/admin/inquiries/{foreign.Id}/allocation")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var buyer = await app.ClientFor(Village).SignedInWithCookie(DemoBuyers.Homeware);
        var own = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(await app.Buyer(Village)));
        var refused = await buyer.GetAsync($"/admin/inquiries/{own.Id}/allocation");
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
