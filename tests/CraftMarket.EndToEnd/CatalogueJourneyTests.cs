using System.Globalization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// Issue 3's whole path in a real browser, with issue 17's translation step: a household writes a
/// product on a 360 px phone in Vietnamese only and sends it for review; the association translates
/// it into English beside the Vietnamese (the craft glossary suggesting "crackle glaze" for "men rạn")
/// and approves it on a desktop; a foreign buyer
/// finds it on the English storefront, newest first, with prices in US dollars at the association's
/// rate, marked indicative. Every step's page also passes axe-core.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class CatalogueJourneyTests(LiveSite site)
{
    private const string Tenant = "bat-trang";
    private const decimal PriceVnd = 450_000m;

    [Fact]
    public async Task Producer_on_a_phone_submits_association_approves_buyer_finds_it_in_English_in_USD()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var nameVi = $"Bình men rạn hoa sen {tag}";
        var nameEn = $"Lotus crackle-glaze vase {tag}";

        // 1. The household, on a small phone, in Vietnamese.
        var phone = await site.NewPageAsync(360, 780);
        await SignInAsync(phone, "0904 118 273");
        await phone.GotoAsync(site.Url(Tenant, "/vi/account/products/new"));
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360, "the form must fit a 360 px screen");
        await phone.SelectOptionAsync("#Form_CategoryId", new SelectOptionValue { Index = 1 });
        await phone.FillAsync("#Form_NameVi", nameVi);
        await phone.FillAsync("#Form_DescriptionVi", "Bình gốm men rạn vẽ tay hoa sen, nung ở 1.250 độ.");
        await phone.FillAsync("#Form_MaterialVi", "Gốm sứ");
        await phone.FillAsync("#Form_TechniqueVi", "Men rạn");
        (await phone.Locator("#Form_NameEn").CountAsync()).ShouldBe(0, "a household never has to write English");
        await phone.FillAsync("#Form_BasePriceVnd", PriceVnd.ToString(CultureInfo.InvariantCulture));
        await phone.FillAsync("#Form_MinimumOrderQuantity", "50");
        await phone.FillAsync("#Form_OrderMultiple", "10");
        await phone.FillAsync("#Form_LeadTimeDays", "30");
        await phone.Locator("form.product-form button[type=submit]").ClickAsync();
        await phone.WaitForURLAsync(url => url.Contains("/account/products/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await Axe.ShouldHaveNoViolationsAsync(phone, "the producer's product edit page");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath("journey-1-producer-edit-360"), FullPage = true });
        await phone.Locator("form.submit-form button").ClickAsync();
        // The household sees, in Vietnamese, that the association has it ("waiting for review").
        await phone.Locator(".status", new() { HasText = "Chờ duyệt" }).WaitForAsync();

        // 2. The association sees it needs English, translates it beside the Vietnamese, and approves it.
        var desk = await site.NewPageAsync(1366, 900);
        await SignInAsync(desk, "admin@bat-trang.craftmarket.local");
        await desk.GotoAsync(site.Url(Tenant, "/en/admin/catalogue"));
        var row = desk.Locator("tr, li, article").Filter(new() { HasText = nameVi }).Last;
        (await row.Locator(".language-missing[data-language=en]").CountAsync()).ShouldBe(1, "the queue says English is missing");
        await row.Locator("a", new() { HasText = "Translate" }).ClickAsync();
        await desk.WaitForURLAsync(url => url.Contains("/translate", StringComparison.Ordinal));
        (await desk.Locator("[data-field=name] .glossary-suggestions").InnerTextAsync()).ShouldContain("crackle glaze");
        await desk.FillAsync("#text-name", nameEn);
        await desk.FillAsync("#text-description", "Hand-painted lotus crackle-glaze vase, fired at 1,250 °C.");
        await desk.FillAsync("#text-material", "Stoneware");
        await desk.FillAsync("#text-technique", "Crackle glaze");
        await desk.Locator("form button[type=submit]", new() { HasText = "Save translation" }).ClickAsync();
        await Axe.ShouldHaveNoViolationsAsync(desk, "the translation page");
        await desk.GotoAsync(site.Url(Tenant, "/en/admin/catalogue"));
        row = desk.Locator("tr, li, article").Filter(new() { HasText = nameVi }).Last;
        await row.Locator("button", new() { HasText = "Approve" }).ClickAsync();
        await desk.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath("journey-2-review-queue"), FullPage = true });

        // 3. A buyer browses the English storefront in US dollars.
        var buyer = await site.NewPageAsync(1366, 900);
        await buyer.GotoAsync(site.Url(Tenant, "/en/products?currency=USD"));
        var card = buyer.Locator("article.product-card").Filter(new() { HasText = nameEn });
        (await card.CountAsync()).ShouldBe(1, "the newest product leads the English listing");
        await Axe.ShouldHaveNoViolationsAsync(buyer, "the English listing");
        await card.Locator("a.card-link").ClickAsync();
        await buyer.WaitForURLAsync(url => url.Contains("/en/products/", StringComparison.Ordinal));

        (await buyer.Locator("h1").InnerTextAsync()).Trim().ShouldBe(nameEn);
        var expected = UsdRate().Convert(Money.Of(decimal.ToInt64(PriceVnd), Currency.VND)).Format(CultureInfo.GetCultureInfo("en"));
        var body = await buyer.Locator("main").InnerTextAsync();
        body.ShouldContain(expected, Case.Sensitive, "the price converted at Bat Trang's own USD rate");
        body.ShouldContain("indicative");
        await Axe.ShouldHaveNoViolationsAsync(buyer, "the English product page");
        await buyer.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath("journey-3-buyer-product-usd"), FullPage = true });

        foreach (var page in new[] { phone, desk, buyer }) await page.Context.CloseAsync();
    }

    private async Task SignInAsync(IPage page, string login)
    {
        await page.GotoAsync(site.Url(Tenant, "/account/login"));
        await page.FillAsync("#Login", login);
        await page.FillAsync("#Password", "CraftMarket!2026");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    private ExchangeRate UsdRate() =>
        site.Services.GetRequiredService<ITenantDirectory>().FindBySlug(Tenant)!.DisplayRate("USD")!;
}
