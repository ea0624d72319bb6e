using System.Net;
using System.Net.Http.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Members.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Tests.Offers;

/// <summary>A household invited for a test, with its phone (E.164) and member id.</summary>
public sealed record GivenHousehold(Guid MemberId, string Phone, string Slug);

/// <summary>
/// Offers as the tests need them: fresh households (invited, so their phones get texts), and
/// proposed shares written straight to the database (the allocation part writes them in the product).
/// </summary>
internal static class OffersGiven
{
    public const string Village = "bat-trang";

    public static async Task<GivenHousehold> HouseholdAsync(InquiriesSite app, string name = "Hộ gốm Thử Nghiệm")
    {
        var (id, phone) = await app.InviteHousehold(Village, name);
        // The invitation text comes first, so a later sign-in code is never taken for it.
        await app.Texts.WaitForCount(phone, 1);
        return new GivenHousehold(id, phone, Village);
    }

    public static async Task<GivenInquiry> InquiryAsync(InquiriesSite app, InquiryStatus status = InquiryStatus.New)
    {
        var buyer = await app.Buyer(Village);
        return await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(buyer), status: status);
    }

    /// <summary>A proposed share of the inquiry's line for the household, due 60 days before the buyer's date.</summary>
    public static async Task<Guid> ShareAsync(InquiriesSite app, GivenInquiry inquiry, GivenHousehold household, int quantity)
    {
        await using var scope = app.ScopeFor(inquiry.Slug);
        var db = InquiriesSite.Db(scope);
        var stored = await db.Inquiries.AsNoTracking().SingleAsync(i => i.Id == new InquiryId(inquiry.Id));
        var share = new Share(db.Tenant, stored.Id, new InquiryLineId(inquiry.LineId), new Catalogue.Contracts.ProductId(inquiry.ProductId),
            new MemberId(household.MemberId), quantity, "test", stored.RequiredBy.AddDays(-60), DateTimeOffset.UtcNow);
        db.Shares.Add(share);
        await db.SaveChangesAsync();
        return share.Id.Value;
    }

    public static async Task<Share> ReadShareAsync(InquiriesSite app, Guid id)
    {
        await using var scope = app.ScopeFor(Village);
        return await InquiriesSite.Db(scope).Shares.AsNoTracking().SingleAsync(s => s.Id == new ShareId(id));
    }

    public static async Task ChangeShareAsync(InquiriesSite app, Guid id, Action<Share> change)
    {
        await using var scope = app.ScopeFor(Village);
        var db = InquiriesSite.Db(scope);
        var share = await db.Shares.SingleAsync(s => s.Id == new ShareId(id));
        change(share);
        await db.SaveChangesAsync();
    }

    /// <summary>Sends the inquiry's proposed shares at one price per line, as the desk would.</summary>
    public static async Task SendAsync(InquiriesSite app, GivenInquiry inquiry, long price = 45_000)
    {
        var response = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/inquiries/{inquiry.Id}/offers",
            new { lines = new[] { new { lineId = inquiry.LineId, memberUnitPriceVnd = price } } });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The household signs in on the phone page with a texted code, as it would; the client keeps the cookie.</summary>
    public static async Task<HttpClient> PhoneBrowser(InquiriesSite app, GivenHousehold household)
    {
        await app.Texts.WaitForCount(household.Phone, 1);
        var browser = app.ClientFor(household.Slug);
        var local = "0" + household.Phone[3..];
        var before = app.Texts.To(household.Phone).Count;
        var sent = await browser.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Phone"] = local }, "/account/phone?handler=Send");
        var codeForm = await sent.Content.ReadAsStringAsync();
        codeForm.ShouldContain("name=\"Code\"", customMessage: $"{sent.StatusCode}: the phone page asks for the texted code");
        await app.Texts.WaitForCount(household.Phone, before + 1);
        var code = TextMessages.Code(app.Texts.To(household.Phone)[before]);
        var verified = await browser.PostFormAsync("/account/phone?handler=Verify",
            new Dictionary<string, string> { ["Phone"] = local, ["Code"] = code }, Forms.Antiforgery(codeForm));
        verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    /// <summary>Texts about offers (not sign-in codes) a phone received.</summary>
    public static IReadOnlyList<string> OfferTexts(InquiriesSite app, GivenHousehold household) =>
        [.. app.Texts.To(household.Phone).Where(t => t.Contains("/account/offers", StringComparison.Ordinal))];
}
