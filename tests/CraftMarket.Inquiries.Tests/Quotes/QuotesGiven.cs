using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Tests.Quotes;

/// <summary>Records a quote test starts from: accepted shares written straight to the database, quotes sent through the API.</summary>
internal static class QuotesGiven
{
    /// <summary>A member's accepted share of the inquiry's line (one of the product's makers), paid <paramref name="memberPriceDong"/> a piece.</summary>
    public static async Task<Share> AcceptedShareAsync(InquiriesSite app, GivenInquiry given, int quantity, DateOnly dueOn, long memberPriceDong)
    {
        var makers = (await ProductAsync(app, given)).Makers;
        await using var scope = app.ScopeFor(given.Slug);
        var db = InquiriesSite.Db(scope);
        var share = new Share(db.Tenant, new InquiryId(given.Id), new InquiryLineId(given.LineId), new ProductId(given.ProductId),
            makers[0], quantity, "test: accepted share", dueOn, DateTimeOffset.UtcNow)
        {
            Status = ShareStatus.Accepted,
            MemberUnitPriceDong = memberPriceDong,
            OfferedAt = DateTimeOffset.UtcNow,
            AnsweredAt = DateTimeOffset.UtcNow,
        };
        db.Shares.Add(share);
        await db.SaveChangesAsync();
        return share;
    }

    public static async Task<PublishedProduct> ProductAsync(InquiriesSite app, GivenInquiry given)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var catalogue = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ICatalogue>(scope.ServiceProvider);
        return (await catalogue.FindPublishedAsync([new ProductId(given.ProductId)], CancellationToken.None)).Single();
    }

    /// <summary>Sends a version as the desk; answers its id and version.</summary>
    public static async Task<(Guid Id, int Version)> SendAsync(HttpClient desk, GivenInquiry given, object? body = null)
    {
        var response = await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/quotes", body ?? new { });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetInt32());
    }

    public static async Task<Quote> QuoteAsync(InquiriesSite app, string slug, Guid id)
    {
        await using var scope = app.ScopeFor(slug);
        return await InquiriesSite.Db(scope).Quotes.AsNoTracking().SingleAsync(q => q.Id == new QuoteId(id));
    }

    /// <summary>The payloads of the village's outbox messages named <paramref name="name"/> that mention <paramref name="id"/>.</summary>
    public static async Task<IReadOnlyList<string>> OutboxAsync(InquiriesSite app, string slug, string name, Guid id)
    {
        await using var scope = app.ScopeFor(slug);
        var text = id.ToString();
        var rows = await InquiriesSite.Db(scope).Outbox.AsNoTracking().Where(m => m.Name == name).Select(m => m.Payload).ToListAsync();
        return [.. rows.Where(p => p.Contains(text, StringComparison.OrdinalIgnoreCase))];
    }

    public static async Task<HttpResponseMessage> AcceptAsync(HttpClient client, Guid quote) =>
        await client.PostAsync($"/api/quotes/{quote}/accept", null);

    public static async Task<string> ProblemCodeAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "";
    }
}
