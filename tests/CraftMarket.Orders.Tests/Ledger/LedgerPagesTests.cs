using System.Net;
using System.Net.Http.Json;
using System.Text;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Orders.Tests.Ledger;

/// <summary>The household's earnings page and the desk's ledger pages as a browser without script uses them; the reconciliation CSV.</summary>
[Collection(OrdersCollection.Name)]
public sealed class LedgerPagesTests(OrdersApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task The_household_reads_its_earnings_in_vietnamese_with_the_buyers_price_per_piece()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 2);
        var (mine, theirs) = (given.Households[0], given.Households[1]);
        await LedgerGiven.AcceptedAsync(app, given, mine, 20);
        await LedgerGiven.AcceptedAsync(app, given, theirs, 30);
        (await (await app.ExportDesk(Village)).PayAsync(mine.MemberId, 1_000_000, "Cash", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        // The payout's text arrives first, so the sign-in code is the next text.
        await LedgerGiven.EventuallyAsync(() => Task.FromResult(app.Texts.To(mine.Phone).Count(t => t.StartsWith("Hội đã trả bạn", StringComparison.Ordinal))),
            n => n == 1, "the payout text");

        var phone = await PhoneBrowser(mine.Phone);
        var response = await phone.GetAsync("/account/earnings");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.ShouldContain("lang=\"vi\"");
        page.ShouldContain("Thu nhập của tôi");
        page.ShouldContain("Người mua trả US$8.40/chiếc (≈210.000 ₫)");
        page.ShouldContain("Đạt kiểm hàng: 20 / 200 chiếc");
        page.ShouldContain("2.328.000 ₫");             // 20 × 120 000 less 3 %
        page.ShouldContain("1.328.000 ₫");             // still owed after the 1 000 000 ₫ paid in cash
        page.ShouldContain("Tiền mặt");
        page.ShouldNotContain("3.492.000 ₫");          // the neighbour's 30 pieces are not on this page
        page.ShouldNotContain("Test Imports");   // never the buyer's identity
    }

    [Fact]
    public async Task The_desk_lists_who_is_owed_and_pays_through_the_form_with_antiforgery()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var household = given.Households[0];
        await LedgerGiven.AcceptedAsync(app, given, household, 50);   // 5 820 000 ₫ owed
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");

        var list = WebUtility.HtmlDecode(await desk.GetStringAsync("/admin/ledger"));
        list.ShouldContain($"data-member=\"{household.MemberId}\"");
        list.ShouldContain("5.820.000 ₫");
        list.ShouldContain("Sổ cái");

        var fields = new Dictionary<string, string>
        {
            ["Form.MemberId"] = household.MemberId.ToString(), ["Form.AmountDong"] = "820000", ["Form.Method"] = "MobileWallet", ["Form.Reference"] = "MOMO-5521",
        };
        (await desk.PostAsync("/admin/ledger?handler=Pay", new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);   // no token
        var paid = await desk.SubmitAsync("/admin/ledger", fields, "/admin/ledger?handler=Pay");
        paid.StatusCode.ShouldBe(HttpStatusCode.Redirect, await paid.Content.ReadAsStringAsync());

        var above = await desk.SubmitAsync("/admin/ledger", new Dictionary<string, string>(fields) { ["Form.AmountDong"] = "5000001" }, "/admin/ledger?handler=Pay");
        above.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await above.Content.ReadAsStringAsync()).ShouldContain("role=\"alert\"");

        var member = WebUtility.HtmlDecode(await desk.GetStringAsync($"/admin/ledger/members/{household.MemberId}"));
        member.ShouldContain("5.000.000 ₫");
        member.ShouldContain("MOMO-5521");

        // An inspector is staff but not the desk: sent to access denied, never shown the ledger.
        var inspector = await app.ClientFor(Village).SignedInWithCookie($"inspector@{Village}.craftmarket.local");
        var denied = await inspector.GetAsync("/admin/ledger");
        ((int)denied.StatusCode).ShouldBeOneOf(302, 403);
        if (denied.StatusCode == HttpStatusCode.Found) denied.Headers.Location!.OriginalString.ShouldContain("denied", Case.Insensitive);
    }

    [Fact]
    public async Task The_reconciliation_csv_neutralises_formulas_typed_in_a_memo_or_a_reference()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var household = given.Households[0];
        await LedgerGiven.AcceptedAsync(app, given, household, 10);
        var api = await app.ExportDesk(Village);
        (await api.PostAsJsonAsync($"/api/orders/{given.Id}/costs", new { kind = "Testing", amountDong = 300_000, paidFrom = "Bank", note = "=cmd|' /C calc'!A0" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await api.PayAsync(household.MemberId, 100_000, "BankTransfer", "@SUM(1+1)")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var month = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var csv = await api.GetAsync($"/api/ledger/reconciliation?month={month}&format=csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        text.ShouldContain("'=cmd|' /C calc'!A0");
        text.ShouldNotContain(",=cmd");
        text.ShouldContain(",'@SUM(1+1)");
        text.ShouldNotContain(",@SUM");
        text.ShouldContain(given.Number);

        var orderCsv = Encoding.UTF8.GetString(await (await api.GetAsync($"/api/orders/{given.Id}/reconciliation/csv")).Content.ReadAsByteArrayAsync());
        orderCsv.ShouldContain("'=cmd|' /C calc'!A0");
        orderCsv.ShouldNotContain(",=cmd");

        var json = await (await api.GetAsync($"/api/ledger/reconciliation?month={month}")).LedgerJson();
        json.GetProperty("check").GetProperty("unbalanced").GetInt32().ShouldBe(0);
        var line = json.GetProperty("orders").EnumerateArray().Single(o => o.GetProperty("number").GetString() == given.Number);
        line.GetProperty("costsDong").GetInt64().ShouldBe(300_000);
        line.GetProperty("paidToMembersDong").GetInt64().ShouldBe(100_000);
        (await api.GetAsync("/api/ledger/reconciliation?month=2026-13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The desk page downloads the same CSV with its cookie (the /api is bearer-only).
        var desk = await app.ClientFor(Village).SignedInWithCookie($"admin@{Village}.craftmarket.local");
        var page = await desk.GetStringAsync($"/admin/ledger/reconciliation?month={month}");
        page.ShouldContain($"handler=Csv&amp;month={month}");
        var download = await desk.GetAsync($"/admin/ledger/reconciliation?handler=Csv&month={month}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()).ShouldContain("'=cmd|' /C calc'!A0");
    }

    /// <summary>The household signs in on the phone page with a texted code, as it would; the client keeps the cookie.</summary>
    private async Task<HttpClient> PhoneBrowser(string phone)
    {
        var browser = app.ClientFor(Village);
        var local = "0" + phone[3..];
        await app.Texts.WaitForCount(phone, 1);   // the invitation
        var before = app.Texts.To(phone).Count;
        var sent = await browser.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Phone"] = local }, "/account/phone?handler=Send");
        var codeForm = await sent.Content.ReadAsStringAsync();
        // The page shows the code field only when it accepted the number: anything else is the reason no code comes.
        sent.StatusCode.ShouldBe(HttpStatusCode.OK, codeForm);
        codeForm.ShouldContain("name=\"Code\"", Case.Sensitive, codeForm);
        // Other texts (a payout) may arrive meanwhile: the code is the new text that carries one.
        var texts = await LedgerGiven.EventuallyAsync(() => Task.FromResult(app.Texts.To(phone).Skip(before).ToList()),
            t => t.Any(x => System.Text.RegularExpressions.Regex.IsMatch(x, @"\b\d{6}\b")), "the sign-in code");
        var code = TextMessages.Code(texts.First(x => System.Text.RegularExpressions.Regex.IsMatch(x, @"\b\d{6}\b")));
        var verified = await browser.PostFormAsync("/account/phone?handler=Verify",
            new Dictionary<string, string> { ["Phone"] = local, ["Code"] = code }, Forms.Antiforgery(codeForm));
        verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }
}
