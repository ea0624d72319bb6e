using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// A joint order's quote end to end. A buyer on a desktop asks for a quote from a product page and
/// sends the list; the export desk shares the line between two households and offers them the work
/// (through the API, as the desk's integration would); each household accepts on a 360 px phone, in
/// Vietnamese; the desk sends the joint quote; the buyer downloads its PDF and accepts it on the
/// quote page, and is told the new order's number.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class InquiryJourneyTests(LiveSite site)
{
    private const string Village = "bat-trang";
    private const string Buyer = "buyer@decor.example";
    // The two Bat Trang members with a password sign-in in the demo (DEMO_ACCOUNTS.md).
    private static readonly string[] Households = ["0912 345 601", "0904 118 273"];

    [Fact]
    public async Task A_buyer_requests_a_quote_two_households_accept_on_phones_and_the_buyer_accepts_the_joint_quote()
    {
        var (product, productPath, makers) = await SubjectAsync();
        var quantity = Math.Max(product.MinimumOrderQuantity, 2 * Math.Max(1, product.OrderMultiple));
        quantity = (quantity + 2 * product.OrderMultiple - 1) / (2 * product.OrderMultiple) * (2 * product.OrderMultiple);   // two whole halves

        // The buyer, on a desktop, in English.
        var buyer = await site.NewPageAsync(1280, 900);
        await site.SignInAsync(buyer, Village, Buyer);
        await buyer.GotoAsync(site.Url(Village, "/en" + productPath));
        await buyer.ClickAsync("#request-quote");
        await buyer.WaitForURLAsync(url => url.Contains("/inquiry-list/add", StringComparison.Ordinal));
        await buyer.FillAsync("#quantity", quantity.ToString(CultureInfo.InvariantCulture));
        await buyer.ClickAsync("#add-to-list");
        await buyer.WaitForURLAsync(url => !url.Contains("/add", StringComparison.Ordinal));
        var due = DateTime.UtcNow.AddHours(7).Date.AddDays(product.LeadTimeDays + 90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await buyer.FillAsync("#required-by", due);
        await buyer.SelectOptionAsync("#incoterm", "FOB");
        await buyer.FillAsync("#country", "US");
        await buyer.ClickAsync("#send-inquiry");
        await buyer.WaitForURLAsync(url => url.Contains("/inquiry-list/sent", StringComparison.Ordinal));
        var sent = buyer.Locator("a.inquiry-number");
        (await sent.CountAsync()).ShouldBe(1, "one village, one inquiry");
        var inquiryId = (await sent.GetAttributeAsync("href"))!.Split('/')[^1].Split('?')[0];
        await buyer.ScreenshotAsync(new() { Path = LiveSite.ScreenshotPath("inquiry-sent-desktop"), FullPage = true });

        // The export desk shares the line between the two households and offers them the work.
        var desk = await site.ApiAsync(Village, $"export@{Village}.craftmarket.local");
        var inquiry = JsonDocument.Parse(await desk.GetStringAsync($"/api/inquiries/{inquiryId}")).RootElement;
        var lineId = inquiry.GetProperty("lines")[0].GetProperty("lineId").GetString();
        var half = quantity / 2;
        var allocated = await desk.PutAsJsonAsync($"/api/inquiries/{inquiryId}/allocation", new
        {
            lines = new[] { new { lineId, shares = makers.Select(m => new { memberId = m, quantity = half }) } },
        });
        allocated.StatusCode.ShouldBe(HttpStatusCode.OK, await allocated.Content.ReadAsStringAsync());
        var offered = await desk.PostAsJsonAsync($"/api/inquiries/{inquiryId}/offers", new { lines = new[] { new { lineId, memberUnitPriceVnd = 45_000 } } });
        offered.StatusCode.ShouldBe(HttpStatusCode.OK, await offered.Content.ReadAsStringAsync());

        // Each household accepts on its phone, in Vietnamese, and sees nothing of the buyer.
        foreach (var login in Households)
        {
            var phone = await site.NewPageAsync(360, 740);
            await site.SignInAsync(phone, Village, login);
            await phone.GotoAsync(site.Url(Village, "/en/account/offers"));
            (await phone.GetAttributeAsync(".offer-page", "lang")).ShouldBe("vi", "households read Vietnamese whatever the address says");
            var open = phone.Locator($"a[href*='/account/offers/']").First;
            await open.ClickAsync();
            await phone.WaitForURLAsync(url => url.Contains("/account/offers/", StringComparison.Ordinal));
            var html = await phone.ContentAsync();
            html.ShouldNotContain("Decor Imports");
            html.ShouldNotContain(Buyer);
            (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360, "the offer fits the phone");
            await phone.ClickAsync("button.offer-button.accept");
            await phone.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            await phone.ScreenshotAsync(new() { Path = LiveSite.ScreenshotPath($"offer-accepted-phone-{login[^3..]}"), FullPage = true });
        }
        var answers = JsonDocument.Parse(await desk.GetStringAsync($"/api/inquiries/{inquiryId}/offers")).RootElement.GetProperty("offers");
        answers.EnumerateArray().Select(o => o.GetProperty("status").GetString()).ShouldBe(["Accepted", "Accepted"]);

        // The desk sends the joint quote, priced from the product's price breaks.
        var quote = await desk.PostAsJsonAsync($"/api/inquiries/{inquiryId}/quotes", new { });
        quote.StatusCode.ShouldBe(HttpStatusCode.Created, await quote.Content.ReadAsStringAsync());
        var quoteId = JsonDocument.Parse(await quote.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        // The buyer reads it, downloads the PDF and accepts.
        await buyer.GotoAsync(site.Url(Village, $"/en/account/inquiries/{inquiryId}"));
        await buyer.ClickAsync($"a[href*='/account/quotes/{quoteId}']:not([href*='handler'])");
        await buyer.WaitForURLAsync(url => url.Contains($"/account/quotes/{quoteId}", StringComparison.Ordinal));
        var download = await buyer.RunAndWaitForDownloadAsync(() => buyer.ClickAsync("#quote-pdf"));
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        await buyer.ClickAsync("#accept-quote");
        await buyer.WaitForURLAsync(url => url.Contains("done=accepted", StringComparison.Ordinal));
        await buyer.ScreenshotAsync(new() { Path = LiveSite.ScreenshotPath("quote-accepted-desktop"), FullPage = true });

        var after = JsonDocument.Parse(await desk.GetStringAsync($"/api/inquiries/{inquiryId}")).RootElement;
        after.GetProperty("status").GetString().ShouldBe("Accepted");
        var accepted = JsonDocument.Parse(await desk.GetStringAsync($"/api/quotes/{quoteId}")).RootElement;
        accepted.GetProperty("status").GetString().ShouldBe("Accepted");
    }

    /// <summary>A published Bat Trang product, its storefront path, and the member ids of the two demo households that can sign in.</summary>
    private async Task<(PublishedProduct Product, string Path, Guid[] Makers)> SubjectAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var tenant = site.Services.GetRequiredService<ITenantDirectory>().FindBySlug(Village)!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, Village);
        var members = await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(default);
        var households = Households.Select(h => members.Single(m => m.PhoneE164 == "+84" + h.Replace(" ", "", StringComparison.Ordinal)[1..]).Id).ToArray();
        await foreach (var p in scope.ServiceProvider.GetRequiredService<ICatalogue>().PublishedAsync(default))
            if (p.Makers.Contains(households[0]) && p.MinimumOrderQuantity <= 1000)
                return (p, ProductPaths.Of(p.Id, p.Name), [.. households.Select(h => h.Value)]);
        throw new InvalidOperationException("No published Bat Trang product of the first demo household.");
    }
}
