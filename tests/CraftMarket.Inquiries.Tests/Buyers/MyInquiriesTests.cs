using CraftMarket.Inquiries.Tests.Support;
using System.Net;

namespace CraftMarket.Inquiries.Tests.Buyers;

/// <summary>
/// GET /api/inquiries/mine in a village and on the platform host, where it reads across villages
/// (the one cross-tenant read of this part): on SQLite and PostgreSQL, since it filters on the
/// buyer's complex-typed contact and pairs quotes by id lists.
/// </summary>
public abstract class MyInquiriesSuite(InquiriesSite app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task Mine_lists_the_buyers_own_inquiries_in_the_village_and_on_the_platform_host_across_villages()
    {
        var homeware = await app.Buyer(Village, DemoBuyers.Homeware);
        var here = await BuyersGiven.InquiryAsync(app, Village, homeware);
        var there = await BuyersGiven.InquiryAsync(app, "van-phuc", homeware);
        var quote = await BuyersGiven.QuoteAsync(app, here, 1, 99_900);

        var mine = (await (await homeware.GetAsync("/api/inquiries/mine")).Json()).EnumerateArray().ToList();
        var row = mine.Single(i => i.GetProperty("id").GetGuid() == here.Id);
        row.GetProperty("number").GetString().ShouldBe(here.Number);
        row.GetProperty("villageSlug").GetString().ShouldBe(Village);
        row.GetProperty("openQuote").GetProperty("id").GetGuid().ShouldBe(quote);
        row.GetProperty("url").GetString().ShouldBe($"/account/inquiries/{here.Id}");
        mine.ShouldNotContain(i => i.GetProperty("id").GetGuid() == there.Id);

        var decor = await app.Buyer(Village, DemoBuyers.Decor);
        (await (await decor.GetAsync("/api/inquiries/mine")).Json()).EnumerateArray()
            .ShouldNotContain(i => i.GetProperty("id").GetGuid() == here.Id);

        var platform = app.ClientFor(null);
        platform.DefaultRequestHeaders.Authorization = homeware.DefaultRequestHeaders.Authorization;
        var everywhere = (await (await platform.GetAsync("/api/inquiries/mine")).Json()).EnumerateArray().ToList();
        var link = everywhere.Single(i => i.GetProperty("id").GetGuid() == there.Id).GetProperty("url").GetString()!;
        link.ShouldStartWith("http");
        link.ShouldEndWith($"://van-phuc.localhost/account/inquiries/{there.Id}");
        everywhere.Single(i => i.GetProperty("id").GetGuid() == here.Id).GetProperty("openQuote").GetProperty("version").GetInt32().ShouldBe(1);
        var decorPlatform = app.ClientFor(null);
        decorPlatform.DefaultRequestHeaders.Authorization = decor.DefaultRequestHeaders.Authorization;
        (await (await decorPlatform.GetAsync("/api/inquiries/mine")).Json()).EnumerateArray()
            .ShouldNotContain(i => i.GetProperty("id").GetGuid() == here.Id || i.GetProperty("id").GetGuid() == there.Id);
        (await app.Anonymous(Village).GetAsync("/api/inquiries/mine")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

[Collection(InquiriesCollection.Name)]
public sealed class MyInquiriesTests(InquiriesApp app) : MyInquiriesSuite(app);

[Collection(PostgresInquiriesCollection.Name)]
public sealed class PostgresMyInquiriesTests(PostgresInquiriesApp app) : MyInquiriesSuite(app);
