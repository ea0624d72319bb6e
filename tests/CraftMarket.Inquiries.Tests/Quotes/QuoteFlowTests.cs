using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Features.Quotes;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Text;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Tests.Quotes;

/// <summary>
/// The joint quote through the API: the desk sends versions, the buyer reads and accepts one. Also on
/// PostgreSQL: the rate's numeric(18,6), the expiry job's cross-village scan and the acceptance's one SaveChanges.
/// </summary>
public abstract class QuoteFlowSuite(InquiriesSite app)
{
    private const string Village = "bat-trang";
    // An unusual member price, so finding it anywhere a buyer reads is meaningful.
    private const long MemberPrice = 87_654;

    private async Task<(GivenInquiry Given, HttpClient Buyer, HttpClient Desk)> InquiryAsync(bool marked = false, InquiryStatus status = InquiryStatus.Allocating)
    {
        var buyer = await app.Buyer(Village);
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(buyer), status: status, wantsMarkedGoods: marked);
        return (given, buyer, await app.ExportDesk(Village));
    }

    [Fact]
    public async Task The_first_version_is_priced_from_the_price_breaks_at_the_association_rate_with_money_that_adds_up()
    {
        var (given, buyer, desk) = await InquiryAsync();
        var due = VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(60);
        await QuotesGiven.AcceptedShareAsync(app, given, given.Quantity, due, MemberPrice);

        var (id, version) = await QuotesGiven.SendAsync(desk, given);
        version.ShouldBe(1);

        var product = await QuotesGiven.ProductAsync(app, given);
        var rate = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug(Village)!.DisplayRate("USD")!;
        var unit = rate.Convert(QuoteDrafts.UnitPriceFor(product, given.Quantity));
        var quote = await buyer.GetFromJsonAsync<JsonElement>($"/api/quotes/{id}");
        var line = quote.GetProperty("lines")[0];
        Money Read(JsonElement e) => JsonSerializer.Deserialize<Money>(e.GetRawText())!;
        Read(line.GetProperty("unitPrice")).ShouldBe(unit);
        line.GetProperty("quantity").GetInt32().ShouldBe(given.Quantity);
        var total = Read(quote.GetProperty("total"));
        total.ShouldBe(unit.Multiply(given.Quantity));
        var (deposit, balance) = total.SplitPercent(3000);
        Read(quote.GetProperty("deposit")).ShouldBe(deposit);
        Read(quote.GetProperty("balance")).ShouldBe(balance);
        var toVnd = QuoteMaths.ToVnd(Currency.USD, rate, VietnamCalendar.Today(DateTimeOffset.UtcNow));
        Read(quote.GetProperty("totalVnd")).ShouldBe(toVnd.Convert(total));
        quote.GetProperty("rateDate").GetString().ShouldBe(rate.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        quote.GetProperty("deliveryDate").GetString().ShouldBe(due.AddDays(QuoteDrafts.ShippingMarginDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        quote.GetProperty("status").GetString().ShouldBe("Sent");
        quote.GetProperty("acceptable").GetBoolean().ShouldBeTrue();
        quote.GetRawText().ShouldNotContain(MemberPrice.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var inquiry = await TradeGiven.ReadAsync(app, given);
        inquiry.Status.ShouldBe(InquiryStatus.Quoted);
        inquiry.FirstResponseAt.ShouldNotBeNull();
        (await QuotesGiven.OutboxAsync(app, Village, "inquiries.inquiry-changed", given.Id)).ShouldContain(p => p.Contains("\"QuoteSent\"", StringComparison.Ordinal));
        await using var scope = app.ScopeFor(Village);
        (await InquiriesSite.Db(scope).Messages.AnyAsync(m => m.InquiryId == new InquiryId(given.Id) && m.Author == MessageAuthor.System && !m.IsInternal))
            .ShouldBeTrue();
    }

    [Fact]
    public async Task A_new_version_supersedes_the_old_one_which_can_no_longer_be_accepted()
    {
        var (given, buyer, desk) = await InquiryAsync();
        var share = await QuotesGiven.AcceptedShareAsync(app, given, given.Quantity, VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(45), MemberPrice);
        var v1 = await QuotesGiven.SendAsync(desk, given);
        var v2 = await QuotesGiven.SendAsync(desk, given, new { currency = "EUR", lines = new[] { new { lineId = given.LineId, unitPrice = "2.35" } }, depositBasisPoints = 2500 });
        v2.Version.ShouldBe(2);
        (await QuotesGiven.QuoteAsync(app, Village, v1.Id)).Status.ShouldBe(QuoteStatus.Superseded);

        var refused = await QuotesGiven.AcceptAsync(buyer, v1.Id);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await QuotesGiven.ProblemCodeAsync(refused)).ShouldBe("quote_superseded");

        var accepted = await QuotesGiven.AcceptAsync(buyer, v2.Id);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var orderId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        var again = await QuotesGiven.AcceptAsync(buyer, v2.Id);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid().ShouldBe(orderId);

        var stored = await QuotesGiven.QuoteAsync(app, Village, v2.Id);
        stored.Status.ShouldBe(QuoteStatus.Accepted);
        stored.Total.ShouldBe(new Money(235 * given.Quantity, Currency.EUR));
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.Accepted);

        // The accepted share is now work promised in its window, keyed as the members' capacity is.
        var product = await QuotesGiven.ProductAsync(app, given);
        await using (var scope = app.ScopeFor(Village))
        {
            var commitment = await InquiriesSite.Db(scope).Commitments.AsNoTracking().SingleAsync(c => c.SourceKind == "quote" && c.SourceId == share.Id.Value);
            commitment.MemberId.ShouldBe(share.MemberId);
            commitment.Quantity.ShouldBe(given.Quantity);
            commitment.From.ShouldBe(VietnamCalendar.Today(stored.AcceptedAt!.Value));
            commitment.To.ShouldBe(share.DueOn);
            commitment.CapacityKey.ShouldBe(TextFolding.Fold(product.CategoryName["vi"]));
        }

        // One event for the orders, with the members' VND prices (never shown to the buyer), raised once however often the buyer clicks.
        var events = await QuotesGiven.OutboxAsync(app, Village, "inquiries.quote-accepted", v2.Id);
        events.Count.ShouldBe(1);
        var payload = JsonDocument.Parse(events[0]).RootElement;
        var order = payload.GetProperty("orderId");
        (order.ValueKind == JsonValueKind.Object ? order.GetProperty("value") : order).GetGuid().ShouldBe(orderId);
        var shares = payload.GetProperty("lines")[0].GetProperty("shares");
        shares.GetArrayLength().ShouldBe(1);
        shares[0].GetProperty("memberUnitPrice").GetProperty("minorUnits").GetInt64().ShouldBe(MemberPrice);
        payload.GetProperty("total").GetProperty("currency").GetString().ShouldBe("EUR");
        payload.GetProperty("depositBasisPoints").GetInt32().ShouldBe(2500);
        (await QuotesGiven.OutboxAsync(app, Village, "inquiries.inquiry-changed", given.Id)).ShouldContain(p => p.Contains("\"QuoteAccepted\"", StringComparison.Ordinal));

        // Nothing more can be sent on an accepted inquiry.
        var late = await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/quotes", new { });
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_version_past_its_validity_is_refused_by_the_clock_and_the_job_then_expires_it_and_the_inquiry()
    {
        var (given, buyer, desk) = await InquiryAsync();
        var today = VietnamCalendar.Today(DateTimeOffset.UtcNow);
        var sent = await QuotesGiven.SendAsync(desk, given, new { deliveryDate = today.AddDays(90), validUntil = today });
        await using (var scope = app.ScopeFor(Village))
        {
            var db = InquiriesSite.Db(scope);
            var quote = await db.Quotes.SingleAsync(q => q.Id == new QuoteId(sent.Id));
            quote.ValidUntil = today.AddDays(-1);   // as if sent 31 days ago with 30 days' validity
            await db.SaveChangesAsync();
        }

        var read = await buyer.GetFromJsonAsync<JsonElement>($"/api/quotes/{sent.Id}");
        read.GetProperty("status").GetString().ShouldBe("Expired");
        read.GetProperty("acceptable").GetBoolean().ShouldBeFalse();
        var refused = await QuotesGiven.AcceptAsync(buyer, sent.Id);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await QuotesGiven.ProblemCodeAsync(refused)).ShouldBe("quote_expired");
        (await QuotesGiven.QuoteAsync(app, Village, sent.Id)).Status.ShouldBe(QuoteStatus.Sent);   // refused by the clock, not by the job

        (await app.Services.GetRequiredService<QuoteExpiry>().RunAsync(DateTimeOffset.UtcNow, CancellationToken.None)).ShouldBeGreaterThan(0);
        (await QuotesGiven.QuoteAsync(app, Village, sent.Id)).Status.ShouldBe(QuoteStatus.Expired);
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.Expired);
        (await QuotesGiven.OutboxAsync(app, Village, "inquiries.inquiry-changed", given.Id))
            .ShouldContain(p => p.Contains("\"StatusChanged\"", StringComparison.Ordinal) && p.Contains("\"Expired\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_buyer_another_village_and_anonymous_visitors_cannot_see_or_accept_the_quote()
    {
        var (given, buyer, desk) = await InquiryAsync();
        var sent = await QuotesGiven.SendAsync(desk, given, new { deliveryDate = VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(90) });
        var other = await app.Buyer(Village, DemoBuyers.Decor);
        (await other.GetAsync($"/api/quotes/{sent.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/quotes/{sent.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/inquiries/{given.Id}/quotes")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await QuotesGiven.AcceptAsync(other, sent.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/quotes/{sent.Id}/decline", new { reason = "mine now" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var foreignDesk = await app.ExportDesk("van-phuc");
        (await foreignDesk.GetAsync($"/api/quotes/{sent.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await foreignDesk.PostAsJsonAsync($"/api/inquiries/{given.Id}/quotes", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var anonymous = app.Anonymous(Village);
        (await anonymous.GetAsync($"/api/quotes/{sent.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The desk cannot accept for the buyer.
        (await QuotesGiven.AcceptAsync(desk, sent.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await QuotesGiven.QuoteAsync(app, Village, sent.Id)).Status.ShouldBe(QuoteStatus.Sent);
        (await buyer.GetAsync($"/api/quotes/{sent.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await desk.GetFromJsonAsync<JsonElement>($"/api/inquiries/{given.Id}/quotes");
        list.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task The_desk_is_refused_with_a_clear_reason_for_closed_inquiries_missing_dates_zero_quantities_and_households_as_sellers()
    {
        var (closed, _, desk) = await InquiryAsync(status: InquiryStatus.Withdrawn);
        var shut = await desk.PostAsJsonAsync($"/api/inquiries/{closed.Id}/quotes", new { deliveryDate = VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(90) });
        shut.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await QuotesGiven.ProblemCodeAsync(shut)).ShouldBe("inquiry_closed");

        var (given, _, _) = await InquiryAsync();
        async Task<JsonElement> Invalid(object body)
        {
            var response = await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/quotes", body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }
        var later = VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(90);
        (await Invalid(new { })).TryGetProperty("deliveryDate", out _).ShouldBeTrue();   // no accepted share: the desk must give the date
        (await Invalid(new { deliveryDate = later, lines = new[] { new { lineId = given.LineId, quantity = 0 } } })).TryGetProperty("lines[0].quantity", out _).ShouldBeTrue();
        (await Invalid(new { deliveryDate = later, lines = new[] { new { lineId = given.LineId, unitPrice = "0" } } })).TryGetProperty("lines[0].unitPrice", out _).ShouldBeTrue();
        (await Invalid(new { deliveryDate = later, lines = new[] { new { lineId = Guid.NewGuid(), unitPrice = "1.00" } } })).TryGetProperty("lines[0].lineId", out _).ShouldBeTrue();
        (await Invalid(new { deliveryDate = later, currency = "GBP" })).TryGetProperty("currency", out _).ShouldBeTrue();
        (await Invalid(new { deliveryDate = later, depositBasisPoints = 10_001 })).TryGetProperty("depositBasisPoints", out _).ShouldBeTrue();
        (await Invalid(new { deliveryDate = later, incoterm = "CIF", destinationPort = "" })).TryGetProperty("destinationPort", out _).ShouldBeTrue();
        Guid household;
        await using (var members = app.ScopeFor(Village))
            household = (await members.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(CancellationToken.None))
                .First(m => m.Kind == MemberKind.Household).Id.Value;
        (await Invalid(new { deliveryDate = later, sellerKind = "LeadFirm", leadFirm = household })).TryGetProperty("leadFirm", out _).ShouldBeTrue();

        await using var scope = app.ScopeFor(Village);
        (await InquiriesSite.Db(scope).Quotes.AnyAsync(q => q.InquiryId == new InquiryId(given.Id))).ShouldBeFalse();
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.Allocating);
    }

    [Fact]
    public async Task Declining_ends_the_inquiry_and_the_version_can_no_longer_be_accepted()
    {
        var (given, buyer, desk) = await InquiryAsync();
        var sent = await QuotesGiven.SendAsync(desk, given, new { deliveryDate = VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(90) });
        var declined = await buyer.PostAsJsonAsync($"/api/quotes/{sent.Id}/decline", new { reason = "Found a closer supplier" });
        declined.StatusCode.ShouldBe(HttpStatusCode.OK, await declined.Content.ReadAsStringAsync());
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.Declined);
        (await QuotesGiven.AcceptAsync(buyer, sent.Id)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await using var scope = app.ScopeFor(Village);
        (await InquiriesSite.Db(scope).Messages.AsNoTracking().Where(m => m.InquiryId == new InquiryId(given.Id)).Select(m => m.Body).ToListAsync())
            .ShouldContain(b => b.Contains("Found a closer supplier", StringComparison.Ordinal));
    }
}

[Collection(InquiriesCollection.Name)]
public sealed class QuoteFlowTests(InquiriesApp app) : QuoteFlowSuite(app);

[Collection(PostgresInquiriesCollection.Name)]
public sealed class PostgresQuoteFlowTests(PostgresInquiriesApp app) : QuoteFlowSuite(app);
