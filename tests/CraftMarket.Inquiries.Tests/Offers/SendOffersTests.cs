using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Inquiries.Tests.Offers;

[Collection(InquiriesCollection.Name)]
public sealed class SendOffersTests(InquiriesApp app)
{
    private const string Village = OffersGiven.Village;

    [Fact]
    public async Task Sending_prices_the_shares_sets_the_deadline_texts_each_household_once_in_Vietnamese_and_starts_allocating()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var a = await OffersGiven.HouseholdAsync(app);
        var b = await OffersGiven.HouseholdAsync(app);
        var shareA = await OffersGiven.ShareAsync(app, inquiry, a, 300);
        var shareB = await OffersGiven.ShareAsync(app, inquiry, b, 240);
        var product = await TradeGiven.PublishedProductAsync(app, Village);
        var before = DateTimeOffset.UtcNow;

        var response = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers",
            new { lines = new[] { new { lineId = inquiry.LineId, memberUnitPriceVnd = 45_000L } } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("sent").GetInt32().ShouldBe(2);
        body.GetProperty("households").GetInt32().ShouldBe(2);

        var offered = await OffersGiven.ReadShareAsync(app, shareA);
        offered.Status.ShouldBe(ShareStatus.Offered);
        offered.MemberUnitPriceDong.ShouldBe(45_000);
        offered.OfferedAt!.Value.ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
        (offered.Deadline!.Value - offered.OfferedAt.Value).ShouldBe(TimeSpan.FromHours(48));
        (await TradeGiven.ReadAsync(app, inquiry)).Status.ShouldBe(InquiryStatus.Allocating);

        var text = OffersGiven.OfferTexts(app, a).ShouldHaveSingleItem();
        text.ShouldContain(product.Name["vi"]);
        text.ShouldContain("SL 300");
        text.ShouldContain("45.000đ");
        text.ShouldContain(offered.DueOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        text.ShouldContain($"bat-trang.");
        text.ShouldContain($"/account/offers/{shareA}");
        text.ShouldContain("mời nhận đơn");
        // Nothing of the buyer in a text: name, company, e-mail, country.
        var stored = await TradeGiven.ReadAsync(app, inquiry);
        text.ShouldNotContain(stored.Buyer.Name);
        text.ShouldNotContain(stored.Buyer.Company!);
        text.ShouldNotContain(stored.Buyer.Email);
        text.ShouldNotContain("Japan");
        OffersGiven.OfferTexts(app, b).ShouldHaveSingleItem().ShouldContain($"/account/offers/{shareB}");

        // Sending again finds nothing proposed: no second text.
        var again = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers",
            new { lines = new[] { new { lineId = inquiry.LineId, memberUnitPriceVnd = 45_000L } } });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        OffersGiven.OfferTexts(app, a).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_member_unit_price_nothing_is_sent_and_the_desk_is_told_which_line_needs_one()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var a = await OffersGiven.HouseholdAsync(app);
        var share = await OffersGiven.ShareAsync(app, inquiry, a, 300);

        var response = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("lines[0].memberUnitPriceVnd")[0].GetString().ShouldBe("Set the member unit price (VND) for every share you send.");
        (await OffersGiven.ReadShareAsync(app, share)).Status.ShouldBe(ShareStatus.Proposed);
        (await TradeGiven.ReadAsync(app, inquiry)).Status.ShouldBe(InquiryStatus.New);
        OffersGiven.OfferTexts(app, a).ShouldBeEmpty();

        var zero = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers",
            new { shares = new[] { new { shareId = share, memberUnitPriceVnd = 0L } } });
        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_the_listed_shares_are_sent_each_at_its_own_price()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var a = await OffersGiven.HouseholdAsync(app);
        var b = await OffersGiven.HouseholdAsync(app);
        var shareA = await OffersGiven.ShareAsync(app, inquiry, a, 300);
        var shareB = await OffersGiven.ShareAsync(app, inquiry, b, 300);

        var response = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers",
            new { shareIds = new[] { shareA }, shares = new[] { new { shareId = shareA, memberUnitPriceVnd = 52_500L } } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await OffersGiven.ReadShareAsync(app, shareA)).MemberUnitPriceDong.ShouldBe(52_500);
        (await OffersGiven.ReadShareAsync(app, shareB)).Status.ShouldBe(ShareStatus.Proposed);
        OffersGiven.OfferTexts(app, b).ShouldBeEmpty();

        var foreign = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers",
            new { shareIds = new[] { Guid.NewGuid() }, lines = new[] { new { lineId = inquiry.LineId, memberUnitPriceVnd = 1L } } });
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_the_association_desk_sends_and_sees_offers()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var a = await OffersGiven.HouseholdAsync(app);
        await OffersGiven.ShareAsync(app, inquiry, a, 300);
        var body = new { lines = new[] { new { lineId = inquiry.LineId, memberUnitPriceVnd = 45_000L } } };

        (await (await app.ExportDesk("van-phuc")).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers", body)).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ExportDesk("van-phuc")).GetAsync($"/api/inquiries/{inquiry.Id}/offers")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Buyer(Village)).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Producer(Village, a.Phone)).GetAsync($"/api/inquiries/{inquiry.Id}/offers")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Admin(Village)).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers", body)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
