using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Members.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.Inquiries.Tests.Desk.DeskGiven;

namespace CraftMarket.Inquiries.Tests.Desk;

/// <summary>
/// The trade settings: field errors for wrong values, and the seller is never a household. Tests of
/// this collection run one after another, and a test that changes a village's settings puts them back.
/// </summary>
[Collection(InquiriesCollection.Name)]
public sealed class TradeSettingsTests(InquiriesApp app)
{
    private const string Settings = "/api/inquiry-settings";

    [Fact]
    public async Task The_defaults_are_a_30_percent_deposit_in_USD_sold_by_the_association()
    {
        var settings = await (await app.ExportDesk("dong-ky")).GetFromJsonAsync<JsonElement>(Settings);
        settings.GetProperty("depositBasisPoints").GetInt32().ShouldBe(3000);
        settings.GetProperty("quoteCurrency").GetString().ShouldBe("USD");
        settings.GetProperty("sellerKind").GetString().ShouldBe("Association");
        settings.GetProperty("prefix").GetString().ShouldBe("DK");
    }

    [Fact]
    public async Task Wrong_values_are_refused_each_with_its_field()
    {
        var admin = await app.Admin(Village);
        var problem = await ProblemAsync(await admin.PutAsJsonAsync(Settings, Valid() with
        {
            DepositBasisPoints = 10_001, BalanceTerms = "", ShareCapBasisPoints = 0, OfferHours = 1, QuoteValidityDays = 0, QuoteCurrency = "GBP",
            SellerKind = "Household", NumberPrefix = "B-T",
        }), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "depositBasisPoints", "balanceTerms", "shareCapBasisPoints", "offerHours", "quoteValidityDays", "quoteCurrency", "sellerKind", "numberPrefix" })
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        (await ProblemAsync(await admin.PutAsJsonAsync(Settings, Valid() with { DepositBasisPoints = -1 }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("depositBasisPoints", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_household_or_another_villages_firm_cannot_be_the_lead_firm_and_a_registered_enterprise_can()
    {
        var admin = await app.Admin(Village);
        var (household, _) = await app.InviteHousehold(Village);
        var refused = await ProblemAsync(await admin.PutAsJsonAsync(Settings, Valid() with { SellerKind = "LeadFirm", LeadFirm = household }), HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("leadFirm")[0].GetString()!.ShouldContain("household");
        var elsewhere = await SigningFirmAsync("van-phuc");
        (await ProblemAsync(await admin.PutAsJsonAsync(Settings, Valid() with { SellerKind = "LeadFirm", LeadFirm = elsewhere.Id.Value }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("leadFirm", out _).ShouldBeTrue();
        (await ProblemAsync(await admin.PutAsJsonAsync(Settings, Valid() with { SellerKind = "LeadFirm", LeadFirm = null }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("leadFirm", out _).ShouldBeTrue();

        var firm = await SigningFirmAsync(Village);
        var desk = await app.ExportDesk(Village);
        var before = await desk.GetFromJsonAsync<JsonElement>(Settings);
        try
        {
            var saved = await desk.PutAsJsonAsync(Settings, Valid() with { SellerKind = "LeadFirm", LeadFirm = firm.Id.Value, DepositBasisPoints = 2500, QuoteCurrency = "eur" });
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            var now = await desk.GetFromJsonAsync<JsonElement>(Settings);
            now.GetProperty("leadFirm").GetGuid().ShouldBe(firm.Id.Value);
            now.GetProperty("seller").GetString().ShouldBe(firm.DisplayName);
            now.GetProperty("depositBasisPoints").GetInt32().ShouldBe(2500);
            now.GetProperty("quoteCurrency").GetString().ShouldBe("EUR");

            var stale = await ProblemAsync(await desk.PutAsJsonAsync(Settings, Valid() with { Revision = before.GetProperty("revision").GetInt32() }), HttpStatusCode.Conflict);
            stale.GetProperty("code").GetString().ShouldBe("settings_changed");
        }
        finally
        {
            (await desk.PutAsJsonAsync(Settings, Restore(before))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Buyers_inspectors_and_households_cannot_read_the_settings()
    {
        (await (await app.Buyer(Village)).GetAsync(Settings)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Inspector(Village)).PutAsJsonAsync(Settings, Valid())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous(Village).GetAsync(Settings)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private sealed record Input(int? DepositBasisPoints, string? BalanceTerms, int? ShareCapBasisPoints, int? OfferHours, int? QuoteValidityDays,
        string? QuoteCurrency, string? SellerKind, string? SellerName, Guid? LeadFirm, string? NumberPrefix, int? Revision);

    private static Input Valid() => new(3000, "Balance by T/T before shipment", 4000, 48, 30, "USD", "Association", "", null, "", null);

    private static Input Restore(JsonElement s) => new(
        s.GetProperty("depositBasisPoints").GetInt32(), s.GetProperty("balanceTerms").GetString(), s.GetProperty("shareCapBasisPoints").GetInt32(),
        s.GetProperty("offerHours").GetInt32(), s.GetProperty("quoteValidityDays").GetInt32(), s.GetProperty("quoteCurrency").GetString(),
        s.GetProperty("sellerKind").GetString(), s.GetProperty("sellerName").GetString(),
        s.GetProperty("leadFirm").ValueKind == JsonValueKind.Null ? null : s.GetProperty("leadFirm").GetGuid(), s.GetProperty("numberPrefix").GetString(), null);

    private async Task<MemberSummary> SigningFirmAsync(string slug)
    {
        await using var scope = app.ScopeFor(slug);
        var members = await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(CancellationToken.None);
        return members.First(m => m.Kind != MemberKind.Household && m.CanSignContracts && m.Status == MemberStatus.Active);
    }
}
