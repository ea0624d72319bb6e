using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Tests.Desk;

/// <summary>What the desk tests set up and read: inquiries of a buyer, inbox rows, a sent quote and a proposed share.</summary>
internal static class DeskGiven
{
    public const string Village = "bat-trang";

    public static async Task<GivenInquiry> InquiryAsync(InquiriesSite app, InquiryStatus status = InquiryStatus.New, string slug = Village,
        string buyer = DemoBuyers.Homeware, int product = 0)
    {
        var client = await app.Buyer(slug, buyer);
        return await TradeGiven.InquiryAsync(app, slug, await InquiriesSite.UserIdOf(client), product: product, status: status, buyerEmail: buyer);
    }

    /// <summary>The inbox's rows for a query string (every page asked is the first, of up to 100).</summary>
    public static async Task<JsonElement> InboxAsync(HttpClient desk, string query)
    {
        var response = await desk.GetAsync("/api/inquiries?pageSize=100&" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IReadOnlyList<Guid> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid())];

    public static async Task<JsonElement> RowAsync(HttpClient desk, GivenInquiry inquiry)
    {
        var page = await InboxAsync(desk, "q=" + Uri.EscapeDataString(inquiry.Number));
        return page.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == inquiry.Id);
    }

    /// <summary>Moves when the inquiry arrived (tests of waiting times cannot wait a day).</summary>
    public static async Task ArrivedAsync(InquiriesSite app, GivenInquiry given, DateTimeOffset at)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = InquiriesSite.Db(scope);
        var inquiry = await db.Inquiries.SingleAsync(i => i.Id == new InquiryId(given.Id));
        db.Entry(inquiry).Property(i => i.CreatedAt).CurrentValue = at;
        await db.SaveChangesAsync();
    }

    /// <summary>A quote version sent to the buyer and a member's share proposed for the inquiry's line, as the quotes and allocation parts would write them.</summary>
    public static async Task<(QuoteId Quote, ShareId Share, ShareId DeclinedShare)> QuoteAndSharesAsync(InquiriesSite app, GivenInquiry given)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = InquiriesSite.Db(scope);
        var now = DateTimeOffset.UtcNow;
        var quote = new Quote(db.Tenant, new InquiryId(given.Id), 1, Currency.USD, now) { ValidUntil = VietnamCalendar.Today(now).AddDays(30) };
        var member = new Members.Contracts.MemberId(Guid.NewGuid());
        var share = new Share(db.Tenant, new InquiryId(given.Id), new InquiryLineId(given.LineId), new Catalogue.Contracts.ProductId(given.ProductId),
            member, given.Quantity / 2, "test", VietnamCalendar.Today(now).AddDays(60), now) { Status = ShareStatus.Offered };
        var declined = new Share(db.Tenant, new InquiryId(given.Id), new InquiryLineId(given.LineId), new Catalogue.Contracts.ProductId(given.ProductId),
            new Members.Contracts.MemberId(Guid.NewGuid()), given.Quantity / 2, "test", VietnamCalendar.Today(now).AddDays(60), now) { Status = ShareStatus.Declined };
        db.Quotes.Add(quote);
        db.Shares.AddRange(share, declined);
        await db.SaveChangesAsync();
        return (quote.Id, share.Id, declined.Id);
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
