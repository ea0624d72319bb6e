using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Orders.Tests.BankTransfer.BankGiven;

namespace CraftMarket.Orders.Tests.BankTransfer;

/// <summary>The desk's pages with plain forms: an order's payments (receipt with proof, transfer back) and the order settings.</summary>
[Collection(OrdersCollection.Name)]
public sealed class BankPagesTests(OrdersApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task The_desk_records_a_receipt_with_its_proof_and_a_transfer_back_on_the_payments_page()
    {
        var order = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1, quantityEach: 400);
        await RecordAsync(await app.ExportDesk(Village), order.Id, Receipt(1_000));   // US$10 earlier: the page's receipt pays above the total
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var url = $"/admin/orders/{order.Id}/payments";
        var page = await desk.GetStringAsync(url);
        page.ShouldContain(order.Number);
        page.ShouldContain("enctype=\"multipart/form-data\"");
        page.ShouldNotContain("<script>");

        // Without the antiforgery token the post is refused.
        using (var forged = new MultipartFormDataContent { { new StringContent("1008.00"), "Receipt.Amount" } })
            (await desk.PostAsync($"{url}?handler=Receipt", forged)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(Forms.Antiforgery(page)), "__RequestVerificationToken" },
            { new StringContent("3360.00"), "Receipt.Amount" },
            { new StringContent(Iso(Today)), "Receipt.ReceivedOn" },
            { new StringContent("FT-PAGE-0001"), "Receipt.Reference" },
            { new StringContent("84.250.000"), "Receipt.AmountVnd" },   // book 84,000,000: an exchange gain
        };
        var pdf = new ByteArrayContent(BankGiven.Pdf());
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "Receipt.Proof", "giay bao co.pdf");
        var posted = await desk.PostAsync($"{url}?handler=Receipt", form);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());

        var stored = await OrderGiven.ReadAsync(app, order);
        stored.PaidMinor.ShouldBe(337_000);
        stored.State.ShouldBe(OrderState.InProduction);
        var payment = (await PaymentsAsync(app, order)).Single(p => p.Reference == "FT-PAGE-0001");
        payment.ProofFileId.ShouldNotBeNull();
        payment.AmountVnd.ShouldBe(84_250_000);

        page = await desk.GetStringAsync(url);
        page.ShouldContain("data-overpaid");
        var proofLink = $"{url}?handler=Proof&amp;payment={payment.Id}";
        page.ShouldContain(proofLink);
        var proof = await desk.GetAsync(proofLink.Replace("&amp;", "&", StringComparison.Ordinal));
        proof.StatusCode.ShouldBe(HttpStatusCode.OK);
        proof.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        proof.Headers.CacheControl!.NoStore.ShouldBeTrue();

        // A refused receipt stays on the page with its error and records nothing.
        var future = await desk.PostFormAsync($"{url}?handler=Receipt", new Dictionary<string, string>
        {
            ["Receipt.Amount"] = "10.00", ["Receipt.ReceivedOn"] = Iso(Today.AddDays(2)), ["Receipt.Reference"] = "FT-PAGE-0002",
        }, Forms.Antiforgery(page));
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await future.Content.ReadAsStringAsync()).ShouldContain("field-validation-error");
        (await PaymentsAsync(app, order)).Count.ShouldBe(2);

        var refunded = await desk.PostFormAsync($"{url}?handler=Refund", new Dictionary<string, string>
        {
            ["Refund.PaymentId"] = payment.Id.Value.ToString(), ["Refund.Amount"] = "10.00", ["Refund.Reason"] = "Paid above the total",
            ["Refund.RefundedOn"] = Iso(Today), ["Refund.Reference"] = "RF-PAGE-0001",
        }, Forms.Antiforgery(page));
        refunded.StatusCode.ShouldBe(HttpStatusCode.Redirect, await refunded.Content.ReadAsStringAsync());
        (await OrderGiven.ReadAsync(app, order)).PaidMinor.ShouldBe(order.TotalMinor);
    }

    [Fact]
    public async Task Another_village_and_an_inspector_do_not_reach_the_payments_page()
    {
        var order = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var vanPhuc = await app.ClientFor("van-phuc").SignedInWithCookie("export@van-phuc.craftmarket.local");
        (await vanPhuc.GetAsync($"/admin/orders/{order.Id}/payments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var inspector = await app.ClientFor(Village).SignedInWithCookie($"inspector@{Village}.craftmarket.local");
        var refused = await inspector.GetAsync($"/admin/orders/{order.Id}/payments");
        ((int)refused.StatusCode).ShouldBeInRange(300, 403);
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_admin_saves_the_settings_page_and_the_desk_only_reads_it()
    {
        const string village = "dong-ky";
        var admin = await app.ClientFor(village).SignedInWithCookie(Auth.AssociationAdmin(village));
        try
        {
            var page = await admin.GetStringAsync("/admin/orders/settings");
            page.ShouldContain("href=\"/admin/inquiries/settings\"");
            var revision = System.Text.RegularExpressions.Regex.Match(page, "name=\"Form.Revision\" value=\"(\\d+)\"").Groups[1].Value;
            var fields = new Dictionary<string, string>
            {
                ["Form.BankName"] = "BIDV", ["Form.BankAccountName"] = "HTX Đồng Kỵ", ["Form.BankAccountNumber"] = "2151 0000 1234",
                ["Form.BankSwift"] = "BIDVVNVX", ["Form.BankAddress"] = "Bắc Ninh", ["Form.Aql"] = "4.0", ["Form.DefectTypes"] = "nứt gỗ\r\nmối mọt\r\n",
                ["Form.FeePercent"] = "2.5", ["Form.FeeFixedDong"] = "10000", ["Form.PayoutTiming"] = "AfterInspection",
                ["Form.SurplusPolicy"] = "KeepByAssociation", ["Form.Revision"] = revision,
            };
            var saved = await admin.PostFormAsync("/admin/orders/settings", fields, Forms.Antiforgery(page));
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
            var api = await (await app.Admin(village)).GetFromJsonAsync<JsonElement>("/api/order-settings");
            api.GetProperty("aql").GetString().ShouldBe("4.0");
            api.GetProperty("feeBasisPoints").GetInt32().ShouldBe(250);
            api.GetProperty("defectTypes").EnumerateArray().Select(d => d.GetString()).ShouldBe(["nứt gỗ", "mối mọt"]);

            // The same form again carries the old revision: someone saved meanwhile.
            var stale = await admin.PostFormAsync("/admin/orders/settings", fields, Forms.Antiforgery(page));
            stale.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await stale.Content.ReadAsStringAsync()).ShouldContain("validation-summary-errors");

            var desk = await app.ClientFor(village).SignedInWithCookie($"export@{village}.craftmarket.local");
            var readOnly = await desk.GetStringAsync("/admin/orders/settings");
            readOnly.ShouldContain("BIDVVNVX");
            var refused = await desk.PostFormAsync("/admin/orders/settings", new Dictionary<string, string>(fields) { ["Form.Aql"] = "6.5" },
                Forms.Antiforgery(readOnly));
            refused.StatusCode.ShouldBe(HttpStatusCode.Found);
            refused.Headers.Location!.ToString().ShouldContain("denied", Case.Insensitive);
            (await (await app.Admin(village)).GetFromJsonAsync<JsonElement>("/api/order-settings")).GetProperty("aql").GetString().ShouldBe("4.0");
        }
        finally
        {
            await OrderSettingsTests.RestoreAsync(await app.Admin(village));
        }
    }
}
