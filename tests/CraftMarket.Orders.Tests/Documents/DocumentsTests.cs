using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.Orders.Tests.Documents.DocumentsGiven;

namespace CraftMarket.Orders.Tests.Documents;

/// <summary>The three documents read back as text: what they say, in whose language, to whom, and when.</summary>
[Collection(OrdersCollection.Name)]
public sealed class DocumentsTests(OrdersApp app)
{
    private const string Village = "bat-trang";
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task The_proforma_shows_the_number_total_deposit_now_due_and_the_bank_account_with_the_order_number_as_reference()
    {
        // Bank details are the association's setting: this test writes them for a village the other documents tests leave alone.
        const string village = "dong-ky";
        var account = "0451" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        await BankDetailsAsync(village, account);
        var buyer = await app.Buyer(village);
        var given = await OrderGiven.PlacedAsync(app, village, await TradeSite.UserIdOf(buyer));
        await ChangeAsync(app, given, o => o.PaidMinor = 50_000);   // $500 of the $1,008 deposit already in

        var text = await TextAsync(buyer, given, "proforma");

        var order = await OrderGiven.ReadAsync(app, given);
        var association = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug(village)!;
        text.ShouldContain("Proformainvoice");
        text.ShouldContain(Squash(association.NameEn));
        text.ShouldContain(Squash(given.Number));
        text.ShouldContain(Squash(order.Buyer.Name));
        text.ShouldContain(Squash(order.Buyer.Company!));
        text.ShouldContain("FOBHaiPhong");
        text.ShouldContain(Squash(order.Lines[0].HsCode!));
        text.ShouldContain(Squash(new Money(given.TotalMinor, Currency.USD).Format(En)));
        text.ShouldContain("Deposit(30%)" + Squash(new Money(given.DepositMinor, Currency.USD).Format(En)));
        text.ShouldContain("Depositnowdue" + Squash(new Money(given.DepositMinor - 50_000, Currency.USD).Format(En)));
        text.ShouldContain(account);
        text.ShouldContain($"Pleasequote{Squash(given.Number)}asthepaymentreference");
        text.ShouldNotContain("Bankdetailsonrequest");
    }

    [Fact]
    public void Without_bank_details_the_proforma_says_they_come_on_request()
    {
        var usd = Currency.USD;
        var line = new Features.Documents.DocumentLine("Bowl", "6912.00", "VN", 10, new Money(500, usd), new Money(5_000, usd),
            Features.Documents.PackingLine.Of(10, 5, null, null));
        var sheet = new Features.Documents.DocumentSheet(Features.Documents.DocumentKind.Proforma, "en", false, "Bat Trang", "#224466",
            "export@example.org", "BT-ORD-2026-0001", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 6), new DateOnly(2026, 3, 1),
            "Bat Trang Ceramics Association", SellerKind.Association, "Ana", null, "FR", "FOB Hai Phong", [line],
            new Money(5_000, usd), 3000, new Money(1_500, usd), Money.Zero(usd), new Money(1_500, usd), new Money(5_000, usd), "Balance before shipment",
            Bank: null, ShipmentReference: null);
        using var output = new MemoryStream();
        Features.Documents.DocumentPdf.Write(output, sheet, new SharedKernel.Localization.ModuleText<OrdersText>());

        var text = TextOf(output.ToArray());
        text.ShouldContain("Bankdetailsonrequest:export@example.org");
        text.ShouldNotContain("Accountnumber");
    }

    [Fact]
    public async Task The_packing_list_counts_cartons_and_weights_per_line_and_in_total()
    {
        var buyer = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 2, quantityEach: 500, state: OrderState.ReadyToShip);
        var desk = await app.ExportDesk(Village);

        var saved = await desk.PutAsJsonAsync($"/api/orders/{given.Id}/packing", new
        {
            lines = new[] { new { lineId = given.LineId, hsCode = "6913.10.90", piecesPerCarton = 24, netGramsPerPiece = 350, grossGramsPerCarton = 9_800 } },
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var packing = (await saved.Content.ReadFromJsonAsync<PackingRead>())!;
        packing.Complete.ShouldBeTrue();
        packing.Lines.Single().ShouldBe(new PackingLineRead(given.LineId, 1_000, "6913.10.90", 24, 350, 9_800, 42, 350_000, 411_600));

        var text = await TextAsync(buyer, given, "packing-list");
        text.ShouldContain("Packinglist");
        // One row: pieces, pieces per carton, cartons (1 000 / 24 → 42), net (1 000 × 350 g), gross (42 × 9 800 g).
        text.ShouldContain("6913.10.901,000pieces24pieces42350.00411.60");
        text.ShouldContain("Totals1,000pieces42350.00411.60");
        text.ShouldContain("VietNam");
        text.ShouldNotContain("tobeconfirmed");
    }

    [Fact]
    public async Task A_line_without_weights_prints_to_be_confirmed_and_the_desk_page_warns()
    {
        var buyer = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1, quantityEach: 100, state: OrderState.ReadyToShip);
        await ChangeAsync(app, given, o =>
        {
            o.Lines[0].PiecesPerCarton = 12;
            o.Lines[0].NetGramsPerPiece = null;
            o.Lines[0].GrossGramsPerCarton = null;
        });

        var text = await TextAsync(buyer, given, "packing-list");
        text.ShouldContain("100pieces12pieces9tobeconfirmedtobeconfirmed");   // 100 pieces, 12 a carton → 9 cartons
        text.ShouldContain("Weightsmarked“tobeconfirmed”");

        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var page = await desk.GetStringAsync($"/vi/admin/orders/{given.Id}/packing");
        page.ShouldContain("1 dòng chưa có khối lượng");
        page.ShouldContain("chưa xác nhận");
        page.ShouldContain($"/admin/orders/{given.Id}/documents/packing-list");
    }

    [Fact]
    public async Task The_commercial_invoice_lists_HS_codes_origin_payments_and_the_shipment()
    {
        var buyer = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), state: OrderState.Shipped);
        await ChangeAsync(app, given, o =>
        {
            o.Lines[0].HsCode = "6913.90.10";
            o.PaidMinor = given.TotalMinor - 12_345;
            o.ShipmentReference = "B/L HPH-778812 (Wan Hai 305)";
        });

        var text = await TextAsync(buyer, given, "invoice");

        text.ShouldContain("Commercialinvoice");
        text.ShouldContain(Squash(given.Number));
        text.ShouldContain("6913.90.10VietNam");
        text.ShouldContain("Countryoforigin");
        text.ShouldContain("Paidtodate" + Squash(new Money(given.TotalMinor - 12_345, Currency.USD).Format(En)));
        text.ShouldContain("Balancedue" + Squash(new Money(12_345, Currency.USD).Format(En)));
        text.ShouldContain("B/LHPH-778812(WanHai305)");
    }

    [Fact]
    public async Task A_French_buyer_reads_French_a_Vietnamese_buyer_Vietnamese_and_a_Japanese_buyer_English()
    {
        var buyer = await app.Buyer(Village);
        var userId = await TradeSite.UserIdOf(buyer);
        var association = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug(Village)!;

        var fr = await OrderGiven.PlacedAsync(app, Village, userId, households: 1);
        await SpeaksAsync(app, fr, "fr");
        var frText = await TextAsync(buyer, fr, "proforma");
        frText.ShouldContain("Factureproforma");
        frText.ShouldContain("Acompte(30%)");
        frText.ShouldContain("Acompteàpayermaintenant");
        frText.ShouldContain(Squash(new Money(fr.DepositMinor, Currency.USD).Format(CultureInfo.GetCultureInfo("fr-FR"))));
        frText.ShouldNotContain("Proformainvoice");

        var vi = await OrderGiven.PlacedAsync(app, Village, userId, households: 1);
        await SpeaksAsync(app, vi, "vi");
        var viText = await TextAsync(buyer, vi, "proforma");
        viText.ShouldContain("Hóađơnchiếulệ");
        viText.ShouldContain("Tiềncọccầnthanhtoánngay");
        viText.ShouldContain(Squash(association.NameVi));

        var ja = await OrderGiven.PlacedAsync(app, Village, userId, households: 1);
        await SpeaksAsync(app, ja, "ja");
        var jaText = await TextAsync(buyer, ja, "proforma");
        jaText.ShouldContain("Proformainvoice");
        jaText.ShouldNotContain("プロフォーマ");
    }

    [Fact]
    public async Task Before_ReadyToShip_the_buyer_gets_409_for_the_invoice_and_packing_list_while_the_desk_previews_a_draft()
    {
        var buyer = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1, state: OrderState.InProduction);

        foreach (var kind in new[] { "invoice", "packing-list" })
        {
            var refused = await buyer.GetAsync($"/api/orders/{given.Id}/documents/{kind}");
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("ready to ship");
        }
        (await buyer.GetAsync($"/api/orders/{given.Id}/documents/proforma")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var draft = await TextAsync(await app.ExportDesk(Village), given, "invoice");
        draft.ShouldContain("DRAFT");
        (await TimelineKindsAsync(given)).ShouldNotContain("document:invoice");

        await ChangeAsync(app, given, o => o.State = OrderState.ReadyToShip);
        var issued = await TextAsync(buyer, given, "invoice");
        issued.ShouldNotContain("DRAFT");
        (await TimelineKindsAsync(given)).ShouldContain("document:invoice");
    }

    [Fact]
    public async Task Another_buyer_gets_404_and_so_does_an_unknown_kind()
    {
        var owner = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(owner), households: 1, state: OrderState.ReadyToShip);
        var other = await app.Buyer(Village, TradeBuyers.Decor);

        foreach (var kind in new[] { "proforma", "invoice", "packing-list" })
            (await other.GetAsync($"/api/orders/{given.Id}/documents/{kind}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/orders/{given.Id}/documents/quote")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/orders/{Guid.CreateVersion7()}/documents/proforma")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Inspector(Village)).GetAsync($"/api/orders/{given.Id}/documents/proforma")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous(Village).GetAsync($"/api/orders/{given.Id}/documents/proforma")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TimelineKindsAsync(given)).ShouldNotContain(k => k.StartsWith("document:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_buyer_signed_in_with_the_cookie_downloads_through_the_account_page_and_the_desk_through_the_admin_page()
    {
        var buyer = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1);
        var browser = await app.ClientFor(Village).SignedInWithCookie(TradeBuyers.Homeware);

        var response = await browser.GetAsync($"/account/orders/{given.Id}/documents/proforma");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{given.Number}-proforma.pdf");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        TextOf(await response.Content.ReadAsByteArrayAsync()).ShouldContain(Squash(given.Number));

        // The page speaks the buyer's interface language (Bat Trang offers Japanese), whatever the documents' language.
        var early = await browser.GetAsync($"/ja/account/orders/{given.Id}/documents/invoice");
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.Content.ReadAsStringAsync()).ShouldContain("コマーシャルインボイスとパッキングリストは");

        var stranger = await app.ClientFor(Village).SignedInWithCookie(TradeBuyers.Decor);
        (await stranger.GetAsync($"/account/orders/{given.Id}/documents/proforma")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var draft = await PdfAsync(desk, $"/admin/orders/{given.Id}/documents/packing-list");
        TextOf(draft).ShouldContain("DRAFT");
    }

    [Fact]
    public async Task The_first_issue_of_each_kind_is_recorded_once_on_the_buyers_timeline_with_one_event()
    {
        var buyer = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1);
        var desk = await app.ExportDesk(Village);

        await PdfAsync(buyer, $"/api/orders/{given.Id}/documents/proforma");
        await PdfAsync(desk, $"/api/orders/{given.Id}/documents/proforma");
        await PdfAsync(buyer, $"/api/orders/{given.Id}/documents/proforma");

        await using var scope = app.ScopeFor(Village);
        var db = OrdersSite.Db(scope);
        var lines = await db.Timeline.AsNoTracking().Where(e => e.OrderId == new OrderId(given.Id) && e.Kind.StartsWith("document:")).ToListAsync();
        lines.Count.ShouldBe(1);
        lines[0].Kind.ShouldBe("document:proforma");
        lines[0].ForBuyer.ShouldBeTrue();
        var issuedEvents = await db.Outbox.AsNoTracking()
            .Where(m => m.Name == "orders.order-changed" && m.Payload.Contains(given.Id.ToString()) && m.Payload.Contains("DocumentIssued"))
            .CountAsync();
        issuedEvents.ShouldBe(1);
    }

    private async Task<List<string>> TimelineKindsAsync(GivenOrder given)
    {
        await using var scope = app.ScopeFor(given.Slug);
        return await OrdersSite.Db(scope).Timeline.AsNoTracking().Where(e => e.OrderId == new OrderId(given.Id)).Select(e => e.Kind).ToListAsync();
    }

    private async Task BankDetailsAsync(string slug, string accountNumber)
    {
        await using var scope = app.ScopeFor(slug);
        var db = OrdersSite.Db(scope);
        var settings = await db.Settings.SingleOrDefaultAsync();
        if (settings is null) db.Settings.Add(settings = new OrderSettings(app.TenantIdOf(slug)));
        settings.BankName = "Vietcombank, Hanoi branch";
        settings.BankAccountName = "Hiệp hội làng nghề";
        settings.BankAccountNumber = accountNumber;
        settings.BankSwift = "BFTVVNVX";
        await db.SaveChangesAsync();
    }

    private sealed record PackingRead(Guid OrderId, string Number, int Revision, List<PackingLineRead> Lines, bool Complete);

    private sealed record PackingLineRead(Guid LineId, int Quantity, string? HsCode, int PiecesPerCarton, int? NetGramsPerPiece,
        int? GrossGramsPerCarton, int Cartons, long? NetGrams, long? GrossGrams);
}
