using System.Net;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Inquiries.Tests.Offers;

/// <summary>The household's phone pages as a browser without script uses them, and the desk's answers page.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class OfferPagesTests(InquiriesApp app)
{
    private const string Village = OffersGiven.Village;

    [Fact]
    public async Task A_household_finds_its_offer_in_Vietnamese_is_told_why_a_counter_is_refused_and_accepts()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var household = await OffersGiven.HouseholdAsync(app);
        var share = await OffersGiven.ShareAsync(app, inquiry, household, 300);
        await OffersGiven.SendAsync(app, inquiry);
        var browser = await OffersGiven.PhoneBrowser(app, household);

        var list = WebUtility.HtmlDecode(await browser.GetStringAsync("/account/offers"));
        list.ShouldContain("lang=\"vi\"");
        list.ShouldContain("Đang chờ bạn trả lời");
        list.ShouldContain($"/account/offers/{share}");
        list.ShouldContain("Trả lời trước");

        var url = $"/account/offers/{share}";
        var page = await browser.GetStringAsync(url);
        WebUtility.HtmlDecode(page).ShouldContain("45.000 đ");
        WebUtility.HtmlDecode(page).ShouldContain("Nhận làm đơn này");

        var larger = await browser.PostFormAsync($"{url}?handler=Counter", new Dictionary<string, string> { ["CounterQuantity"] = "500" }, Forms.Antiforgery(page));
        larger.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await larger.Content.ReadAsStringAsync()).ShouldContain("Số lượng phải ít hơn số lượng được mời.");

        var accepted = await browser.PostFormAsync($"{url}?handler=Accept", new Dictionary<string, string>(), Forms.Antiforgery(page));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync(accepted.Headers.Location!.OriginalString));
        after.ShouldContain("Bạn đã nhận làm");
        after.ShouldNotContain("handler=Accept");
        (await OffersGiven.ReadShareAsync(app, share)).Status.ShouldBe(ShareStatus.Accepted);

        var again = await browser.PostFormAsync($"{url}?handler=Decline", new Dictionary<string, string>(), Forms.Antiforgery(page));
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("Bạn đã trả lời đơn này rồi.");
    }

    [Fact]
    public async Task The_desk_sends_from_its_page_and_sees_each_household_answer()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var household = await OffersGiven.HouseholdAsync(app, "Hộ gốm Trả Lời Trang");
        var share = await OffersGiven.ShareAsync(app, inquiry, household, 300);
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var url = $"/admin/inquiries/{inquiry.Id}/offers";

        var page = await desk.GetStringAsync(url);
        WebUtility.HtmlDecode(page).ShouldContain("Hộ gốm Trả Lời Trang");
        var sent = await desk.PostFormAsync($"{url}?handler=Send", new Dictionary<string, string> { [$"Prices[{inquiry.LineId}]"] = "38000" }, Forms.Antiforgery(page));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        (await OffersGiven.ReadShareAsync(app, share)).MemberUnitPriceDong.ShouldBe(38_000);
        OffersGiven.OfferTexts(app, household).ShouldHaveSingleItem().ShouldContain("38.000đ");

        await (await app.Producer(Village, household.Phone)).PostAsync($"/api/offers/{share}/decline", new StringContent("{\"reason\":\"Hết đất\"}", System.Text.Encoding.UTF8, "application/json"));
        var answers = WebUtility.HtmlDecode(await desk.GetStringAsync(url));
        answers.ShouldContain($"data-share=\"{share}\" data-status=\"Declined\"");
        answers.ShouldContain("Hết đất");
    }
}
