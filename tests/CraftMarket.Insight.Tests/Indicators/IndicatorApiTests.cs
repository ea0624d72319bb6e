using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Insight.Contracts;
using CraftMarket.Insight.Domain;
using CraftMarket.Insight.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Tests.Indicators;

/// <summary>
/// GET /api/association/indicators and GET /api/platform/indicators: the published names and figures
/// from hand-made facts in May 2013 (a month no demo history reaches), who may ask, what is refused,
/// and that one association's facts never show in another's answer.
/// </summary>
[Collection(InsightCollection.Name)]
public sealed class IndicatorApiTests(InsightApp app)
{
    private const string Route = "/api/association/indicators";
    private const string May = "from=2013-05-01&to=2013-05-31";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool seeded;

    private static DateTimeOffset At(int month, int day, int hour = 10) => new(2013, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task The_association_gets_every_published_indicator_of_the_period_and_the_previous_one()
    {
        await SeedAsync();
        var admin = await app.Admin("bat-trang");

        var response = await admin.GetAsync($"{Route}?{May}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var name in IndicatorNames.Required) json.TryGetProperty(name, out _).ShouldBeTrue($"the answer has {name}");
        json.GetProperty("from").GetString().ShouldBe("2013-05-01");
        json.GetProperty("to").GetString().ShouldBe("2013-05-31");
        json.GetProperty(IndicatorNames.Inquiries).GetInt32().ShouldBe(3);
        json.GetProperty(IndicatorNames.QuoteConversion).GetDecimal().ShouldBe(0.5m);
        json.GetProperty(IndicatorNames.OrderValue).GetProperty("currency").GetString().ShouldBe("VND");
        json.GetProperty(IndicatorNames.OrderValue).GetProperty("minorUnits").GetInt64().ShouldBe(100_000_000);
        json.GetProperty(IndicatorNames.ExportParticipation).GetDecimal().ShouldBe(0.5m);
        json.GetProperty(IndicatorNames.WorkGini).GetDecimal().ShouldBe(0.625m);   // [3 000 000, 1 000 000, 0, 0]
        json.GetProperty(IndicatorNames.DefectRatio).GetDecimal().ShouldBe(0.05m);
        json.GetProperty(IndicatorNames.OnTimeDelivery).GetDecimal().ShouldBe(1m);
        json.GetProperty(IndicatorNames.PayoutDelayDays).GetDecimal().ShouldBe(5m);
        json.GetProperty(IndicatorNames.CertifiedMembers).GetInt32().ShouldBe(1);
        json.GetProperty("includesDemo").GetBoolean().ShouldBeFalse();

        var previous = json.GetProperty("previous");
        previous.GetProperty("from").GetString().ShouldBe("2013-03-31");
        previous.GetProperty(IndicatorNames.Inquiries).GetInt32().ShouldBe(1);
        previous.GetProperty(IndicatorNames.WorkGini).ValueKind.ShouldBe(JsonValueKind.Null);

        var detail = json.GetProperty("detail");
        detail.GetProperty("current").GetProperty("fairness").GetProperty("top5Share").GetDecimal().ShouldBe(1m);
        detail.GetProperty("current").GetProperty("defects").GetProperty("byType")[0].GetProperty("type").GetString().ShouldBe("nứt men");
        detail.GetProperty("months").GetArrayLength().ShouldBe(1);
        detail.GetProperty("months")[0].GetProperty("inquiries").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Order_value_is_converted_at_the_associations_display_rate_when_a_currency_is_asked_for()
    {
        await SeedAsync();
        var village = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug("bat-trang")!;
        var shown = village.DisplayCurrencies[0];
        var currency = Currency.Of(shown.Code);
        var expected = decimal.ToInt64(Math.Round(100_000_000m * shown.RatePerBaseUnit * currency.MinorPerMajor, 0, MidpointRounding.AwayFromZero));

        var json = await (await app.ExportDesk("bat-trang")).GetFromJsonAsync<JsonElement>($"{Route}?{May}&currency={shown.Code.ToLowerInvariant()}");

        json.GetProperty("currency").GetString().ShouldBe(shown.Code);
        json.GetProperty("orderValueInCurrency").GetProperty("currency").GetString().ShouldBe(shown.Code);
        json.GetProperty("orderValueInCurrency").GetProperty("minorUnits").GetInt64().ShouldBe(expected);
        json.GetProperty(IndicatorNames.OrderValue).GetProperty("minorUnits").GetInt64().ShouldBe(100_000_000);
    }

    [Fact]
    public async Task Another_associations_facts_are_never_in_the_answer()
    {
        await SeedAsync();

        var batTrang = await (await app.Admin("bat-trang")).GetFromJsonAsync<JsonElement>($"{Route}?{May}");
        var vanPhuc = await (await app.Admin("van-phuc")).GetFromJsonAsync<JsonElement>($"{Route}?{May}");

        batTrang.GetProperty("association").GetString().ShouldBe("bat-trang");
        batTrang.GetProperty(IndicatorNames.Inquiries).GetInt32().ShouldBe(3);
        vanPhuc.GetProperty("association").GetString().ShouldBe("van-phuc");
        vanPhuc.GetProperty(IndicatorNames.Inquiries).GetInt32().ShouldBe(7);
        vanPhuc.GetProperty(IndicatorNames.OrderValue).GetProperty("minorUnits").GetInt64().ShouldBe(0);
        vanPhuc.GetProperty(IndicatorNames.CertifiedMembers).GetInt32().ShouldBe(0);
        var members = batTrang.GetProperty("detail").GetProperty("current").GetProperty("defects").GetProperty("byMember");
        members.EnumerateArray().Select(m => m.GetProperty("displayName").GetString()).ShouldBe(["Hộ Mai Thử"]);
    }

    [Theory]
    [InlineData("from=2013-13-01&to=2013-05-31", "from")]
    [InlineData("from=2013-05-01&to=31/05/2013", "to")]
    [InlineData("from=2013-06-01&to=2013-05-31", "from")]
    [InlineData("from=2010-01-01&to=2013-01-01", "to")]
    [InlineData("from=2013-05-01&to=2013-05-31&currency=XYZ", "currency")]
    [InlineData("from=2013-05-01&to=2013-05-31&currency=%3D1%2B1", "currency")]
    public async Task Bad_dates_a_range_over_three_years_or_a_currency_without_a_rate_are_refused_with_400(string query, string field)
    {
        var response = await (await app.Admin("bat-trang")).GetAsync($"{Route}?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Three_years_exactly_is_allowed_and_no_dates_means_the_12_months_to_today()
    {
        var admin = await app.Admin("bat-trang");
        (await admin.GetAsync($"{Route}?from=2010-01-01&to=2012-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var json = await admin.GetFromJsonAsync<JsonElement>(Route);
        var to = DateOnly.Parse(json.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var from = DateOnly.Parse(json.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        to.ShouldBe(DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime));
        from.ShouldBe(to.AddDays(1).AddMonths(-12));
    }

    [Fact]
    public async Task Only_the_association_admin_and_the_export_desk_may_read_the_indicators()
    {
        (await (await app.ExportDesk("bat-trang")).GetAsync($"{Route}?{May}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.Inspector("bat-trang")).GetAsync($"{Route}?{May}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Buyer("bat-trang")).GetAsync($"{Route}?{May}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous("bat-trang").GetAsync($"{Route}?{May}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // An admin's token of one association on another association's address is not that association's admin.
        var crossed = app.ClientFor("van-phuc");
        crossed.DefaultRequestHeaders.Authorization = (await app.Admin("bat-trang")).DefaultRequestHeaders.Authorization;
        (await crossed.GetAsync($"{Route}?{May}")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_platform_admin_sees_every_village_side_by_side_and_no_one_else_may()
    {
        await SeedAsync();
        var platform = await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin);

        var response = await platform.GetAsync($"/api/platform/indicators?{May}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var villages = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("villages").EnumerateArray()
            .ToDictionary(v => v.GetProperty("slug").GetString()!, v => v);
        foreach (var slug in new[] { "bat-trang", "van-phuc", "dong-ky" }) villages.ShouldContainKey(slug);
        villages["bat-trang"].GetProperty("current").GetProperty(IndicatorNames.Inquiries).GetInt32().ShouldBe(3);
        villages["bat-trang"].GetProperty("current").GetProperty(IndicatorNames.WorkGini).GetDecimal().ShouldBe(0.625m);
        villages["bat-trang"].GetProperty("previous").GetProperty(IndicatorNames.Inquiries).GetInt32().ShouldBe(1);
        villages["van-phuc"].GetProperty("current").GetProperty(IndicatorNames.Inquiries).GetInt32().ShouldBe(7);
        villages["dong-ky"].GetProperty("current").GetProperty(IndicatorNames.Inquiries).GetInt32().ShouldBe(0);

        (await platform.GetAsync("/api/platform/indicators?from=2013-05-31&to=2013-05-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await app.Admin("bat-trang")).GetAsync($"/api/platform/indicators?{May}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var adminOnPlatform = await app.ClientFor(null).SignedInAs(Auth.AssociationAdmin("bat-trang"));
        (await adminOnPlatform.GetAsync($"/api/platform/indicators?{May}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ClientFor(null).GetAsync($"/api/platform/indicators?{May}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>
    /// bat-trang in May 2013: 3 inquiries (2 quoted, 1 accepted), one order of 100 000 000 ₫ shipped a
    /// day early, four households with work worth 3 000 000 and 1 000 000 ₫ and two with none, 20 pieces
    /// sampled with one defect, paid 5 days after inspection, one certified; one inquiry in April.
    /// van-phuc in May 2013: 7 inquiries and nothing else.
    /// </summary>
    private async Task SeedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (seeded) return;
            var (a, b, c, d) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
            await using (var scope = app.ScopeFor("bat-trang"))
            {
                var db = InsightSite.Db(scope);
                var tenant = app.TenantIdOf("bat-trang");
                db.Inquiries.AddRange(
                    new InquiryFact { TenantId = tenant, InquiryId = Guid.CreateVersion7(), Source = "Village", Status = "Accepted", SubmittedAt = At(5, 2), FirstResponseAt = At(5, 2, 15), QuotedAt = At(5, 3), AcceptedAt = At(5, 6) },
                    new InquiryFact { TenantId = tenant, InquiryId = Guid.CreateVersion7(), Source = "Direct", Status = "Quoted", SubmittedAt = At(5, 8), QuotedAt = At(5, 9) },
                    new InquiryFact { TenantId = tenant, InquiryId = Guid.CreateVersion7(), Source = "Direct", Status = "New", SubmittedAt = At(5, 30) },
                    new InquiryFact { TenantId = tenant, InquiryId = Guid.CreateVersion7(), Source = "Direct", Status = "New", SubmittedAt = At(4, 20) });
                db.Orders.Add(new OrderFact
                {
                    TenantId = tenant, OrderId = Guid.CreateVersion7(), PlacedAt = At(5, 10), TotalVnd = 100_000_000, Currency = "USD", TotalMinor = 392_000,
                    State = "Shipped", DeliveryDate = new DateOnly(2013, 5, 20), ShippedAt = At(5, 19),
                });
                foreach (var (id, name) in new[] { (a, "Hộ Mai Thử"), (b, "Hộ Lan Thử"), (c, "Hộ Cúc Thử"), (d, "Hộ Trúc Thử") })
                    db.Members.Add(new MemberFact { TenantId = tenant, MemberId = id, DisplayName = name, Kind = "Household", JoinedAt = new DateTimeOffset(2012, 1, 5, 3, 0, 0, TimeSpan.Zero) });
                db.Work.AddRange(
                    new WorkFact { TenantId = tenant, WorkOrderId = Guid.CreateVersion7(), MemberId = a, IssuedAt = At(5, 5), ValueVnd = 3_000_000, Quantity = 100, DueOn = new DateOnly(2013, 8, 1), State = "Inspected" },
                    new WorkFact { TenantId = tenant, WorkOrderId = Guid.CreateVersion7(), MemberId = b, IssuedAt = At(5, 6), ValueVnd = 1_000_000, Quantity = 30, DueOn = new DateOnly(2013, 8, 1), State = "Started" });
                var check = Guid.CreateVersion7();
                db.Inspections.Add(new InspectionFact { TenantId = tenant, CheckId = check, MemberId = a, At = At(5, 7), LotSize = 100, SampleSize = 20, Accepted = 99, Rejected = 1 });
                db.Defects.Add(new DefectFact { TenantId = tenant, CheckId = check, MemberId = a, At = At(5, 7), Type = "nứt men", Count = 1 });
                db.Payouts.Add(new PayoutFact { TenantId = tenant, PayoutId = Guid.CreateVersion7(), MemberId = a, AmountVnd = 2_970_000, PaidOn = new DateOnly(2013, 5, 12), At = At(5, 12) });
                db.Certificates.Add(new CertificateFact
                {
                    TenantId = tenant, CertificateId = Guid.CreateVersion7(), MemberId = a, Valid = true, ValidUntil = new DateOnly(2015, 1, 1), GrantedAt = At(1, 10), ChangedAt = At(1, 10),
                });
                await db.SaveChangesAsync();
            }
            await using (var scope = app.ScopeFor("van-phuc"))
            {
                var db = InsightSite.Db(scope);
                var tenant = app.TenantIdOf("van-phuc");
                for (var i = 0; i < 7; i++)
                    db.Inquiries.Add(new InquiryFact { TenantId = tenant, InquiryId = Guid.CreateVersion7(), Source = "Village", Status = "New", SubmittedAt = At(5, 3 + i) });
                await db.SaveChangesAsync();
            }
            seeded = true;
        }
        finally
        {
            Gate.Release();
        }
    }
}
