using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Inquiries.Tests.Offers;

/// <summary>Households see their own offers and the specification, never another household's offer or anything of the buyer.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class OfferPrivacyTests(InquiriesApp app)
{
    private const string Village = OffersGiven.Village;

    [Fact]
    public async Task A_household_reads_only_its_own_sent_offers_with_the_specification_and_nothing_of_the_buyer()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var mine = await OffersGiven.HouseholdAsync(app);
        var neighbour = await OffersGiven.HouseholdAsync(app);
        var myShare = await OffersGiven.ShareAsync(app, inquiry, mine, 300);
        var theirShare = await OffersGiven.ShareAsync(app, inquiry, neighbour, 240);
        await using (var scope = app.ScopeFor(Village))
        {
            var db = InquiriesSite.Db(scope);
            var stored = db.Inquiries.Single(i => i.Id == new InquiryId(inquiry.Id));
            stored.Packaging = "Hộp carton 6 chiếc";
            stored.Labelling = "Nhãn mác theo mẫu";
            stored.WantsMarkedGoods = true;
            await db.SaveChangesAsync();
        }
        await OffersGiven.SendAsync(app, inquiry);
        // A share still only proposed (another inquiry) is not the household's to see yet.
        var later = await OffersGiven.InquiryAsync(app);
        var proposed = await OffersGiven.ShareAsync(app, later, mine, 120);
        var buyer = (await TradeGiven.ReadAsync(app, inquiry)).Buyer;
        var product = await TradeGiven.PublishedProductAsync(app, Village);

        var phone = await app.Producer(Village, mine.Phone);
        var response = await phone.GetAsync("/api/offers/mine");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var raw = await response.Content.ReadAsStringAsync();
        var offers = JsonDocument.Parse(raw).RootElement.EnumerateArray().ToList();
        var offer = offers.ShouldHaveSingleItem();
        offer.GetProperty("id").GetGuid().ShouldBe(myShare);
        offer.GetProperty("productName").GetString().ShouldBe(product.Name["vi"]);
        offer.GetProperty("quantity").GetInt32().ShouldBe(300);
        offer.GetProperty("memberUnitPriceVnd").GetInt64().ShouldBe(45_000);
        offer.GetProperty("totalVnd").GetInt64().ShouldBe(13_500_000);
        offer.GetProperty("status").GetString().ShouldBe("Offered");
        offer.GetProperty("canAnswer").GetBoolean().ShouldBeTrue();
        var spec = offer.GetProperty("specification");
        spec.GetProperty("packaging").GetString().ShouldBe("Hộp carton 6 chiếc");
        spec.GetProperty("genuineMarkLabels").GetBoolean().ShouldBeTrue();
        raw.ShouldNotContain(theirShare.ToString());
        raw.ShouldNotContain(proposed.ToString());
        AssertNoBuyer(raw, buyer);

        // Another household's offer does not exist for this phone: not through the API, not as a page.
        foreach (var verb in new[] { "accept", "decline", "counter" })
            (await phone.PostAsJsonAsync($"/api/offers/{theirShare}/{verb}", new { quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await phone.PostAsync($"/api/offers/{proposed}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OffersGiven.ReadShareAsync(app, theirShare)).Status.ShouldBe(Domain.ShareStatus.Offered);

        // The neighbour, on its phone's browser: its own offer's page without the buyer, not this household's.
        var browser = await OffersGiven.PhoneBrowser(app, neighbour);
        (await browser.GetAsync($"/account/offers/{myShare}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/account/offers/{proposed}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await browser.GetStringAsync($"/account/offers/{theirShare}");
        var list = await browser.GetStringAsync("/account/offers");
        foreach (var html in new[] { page, list })
        {
            AssertNoBuyer(html, buyer);
            AssertNoBuyer(WebUtility.HtmlDecode(html), buyer);
        }
        WebUtility.HtmlDecode(page).ShouldContain(product.Name["vi"]);
        WebUtility.HtmlDecode(page).ShouldContain("10.800.000 đ");
        WebUtility.HtmlDecode(page).ShouldContain("Hộp carton 6 chiếc");
        list.ShouldContain(theirShare.ToString());
        list.ShouldNotContain(myShare.ToString());
    }

    [Fact]
    public async Task Producers_of_another_village_and_buyers_cannot_reach_offers()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var household = await OffersGiven.HouseholdAsync(app);
        var share = await OffersGiven.ShareAsync(app, inquiry, household, 300);
        await OffersGiven.SendAsync(app, inquiry);

        var buyer = await app.Buyer(Village);
        (await buyer.GetAsync("/api/offers/mine")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.PostAsync($"/api/offers/{share}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ExportDesk(Village)).PostAsync($"/api/offers/{share}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await OffersGiven.ReadShareAsync(app, share)).Status.ShouldBe(Domain.ShareStatus.Offered);
    }

    private static void AssertNoBuyer(string text, Domain.BuyerContact buyer)
    {
        text.ShouldNotContain(buyer.Name);
        text.ShouldNotContain(buyer.Email);
        text.ShouldNotContain(buyer.Company!);
        text.ShouldNotContain("destinationCountry", Case.Insensitive);
        text.ShouldNotContain("Test Imports");
        text.ShouldNotContain("Test Buyer");
    }
}
