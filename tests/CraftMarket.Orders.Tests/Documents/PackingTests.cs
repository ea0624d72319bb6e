using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Features.Documents;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Orders.Tests.Documents;

/// <summary>The desk's packing data: the arithmetic, what the API refuses and why, and the Vietnamese form.</summary>
[Collection(OrdersCollection.Name)]
public sealed class PackingTests(OrdersApp app)
{
    private const string Village = "bat-trang";

    [Theory]
    [InlineData(1_000, 24, 350, 9_800, 42, 350_000L, 411_600L)]
    [InlineData(24, 24, 1, 24, 1, 24L, 24L)]
    [InlineData(25, 24, 1, 24, 2, 25L, 48L)]
    [InlineData(7, 1, 2_500, 3_000, 7, 17_500L, 21_000L)]
    public void Cartons_round_up_and_weights_are_whole_grams(int pieces, int perCarton, int net, int gross, int cartons, long netGrams, long grossGrams) =>
        PackingLine.Of(pieces, perCarton, net, gross).ShouldBe(new PackingLine(pieces, perCarton, cartons, netGrams, grossGrams));

    [Theory]
    [InlineData(411_600L, "en-US", "411.60")]
    [InlineData(411_600L, "fr-FR", "411,60")]
    [InlineData(1_234_567L, "en-US", "1,234.57")]
    [InlineData(4L, "en-US", "0.00")]
    [InlineData(5L, "en-US", "0.01")]
    [InlineData(0L, "en-US", "0.00")]
    public void Kilograms_have_two_decimals_rounded_half_up_to_ten_grams(long grams, string culture, string expected) =>
        PackingLine.Kilograms(grams, CultureInfo.GetCultureInfo(culture)).Replace('\u202f', ' ').Replace('\u00a0', ' ').ShouldBe(expected);

    [Fact]
    public async Task The_desk_is_told_exactly_which_value_is_wrong()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var desk = await app.ExportDesk(Village);

        async Task<JsonElement> Refused(object line)
        {
            var response = await desk.PutAsJsonAsync($"/api/orders/{given.Id}/packing", new { lines = new[] { line } });
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }

        (await Refused(new { lineId = given.LineId, hsCode = "6913.10", piecesPerCarton = 0 })).TryGetProperty("lines[0].piecesPerCarton", out _).ShouldBeTrue();
        (await Refused(new { lineId = given.LineId, hsCode = "6913.10", piecesPerCarton = 24, netGramsPerPiece = 500, grossGramsPerCarton = 11_999 }))
            .TryGetProperty("lines[0].grossGramsPerCarton", out _).ShouldBeTrue();
        foreach (var bad in new[] { "69a3.10", "6913..10", ".6913", "691", "6913.10.00.00.1", "=1+1" })
            (await Refused(new { lineId = given.LineId, hsCode = bad, piecesPerCarton = 24 })).TryGetProperty("lines[0].hsCode", out _).ShouldBeTrue(bad);
        (await Refused(new { lineId = Guid.NewGuid(), hsCode = "6913.10", piecesPerCarton = 24 })).TryGetProperty("lines[0].lineId", out _).ShouldBeTrue();
        (await Refused(new { lineId = given.LineId, hsCode = "6913.10", piecesPerCarton = 24, netGramsPerPiece = -5 }))
            .TryGetProperty("lines[0].netGramsPerPiece", out _).ShouldBeTrue();

        // Exactly full is fine: 24 × 500 g = 12 000 g.
        var ok = await desk.PutAsJsonAsync($"/api/orders/{given.Id}/packing",
            new { lines = new[] { new { lineId = given.LineId, hsCode = "6913.10", piecesPerCarton = 24, netGramsPerPiece = 500, grossGramsPerCarton = 12_000 } } });
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var order = await OrderGiven.ReadAsync(app, given);
        order.Lines[0].PiecesPerCarton.ShouldBe(24);
        order.Lines[0].NetGramsPerPiece.ShouldBe(500);
        order.Lines[0].GrossGramsPerCarton.ShouldBe(12_000);
        order.Lines[0].HsCode.ShouldBe("6913.10");
    }

    [Fact]
    public async Task Only_the_desk_of_the_association_may_enter_packing_and_never_after_shipment_or_on_a_stale_revision()
    {
        var buyer = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1, state: OrderState.ReadyToShip);
        var body = new { lines = new[] { new { lineId = given.LineId, hsCode = "6913.10", piecesPerCarton = 10 } } };

        (await buyer.PutAsJsonAsync($"/api/orders/{given.Id}/packing", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Inspector(Village)).PutAsJsonAsync($"/api/orders/{given.Id}/packing", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var desk = await app.ExportDesk(Village);
        (await desk.PutAsJsonAsync($"/api/orders/{Guid.CreateVersion7()}/packing", body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var stale = await desk.PutAsJsonAsync($"/api/orders/{given.Id}/packing", new { revision = 999, body.lines });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await DocumentsGiven.ChangeAsync(app, given, o => o.State = OrderState.Shipped);
        var late = await desk.PutAsJsonAsync($"/api/orders/{given.Id}/packing", body);
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await OrderGiven.ReadAsync(app, given)).Lines[0].PiecesPerCarton.ShouldNotBe(10);
    }

    [Fact]
    public async Task The_desk_saves_the_Vietnamese_form_and_sees_its_errors_next_to_the_inputs()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1, quantityEach: 100);
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var url = $"/vi/admin/orders/{given.Id}/packing";
        var page = await desk.GetStringAsync(url);
        page.ShouldContain("Đóng gói đơn hàng");
        page.ShouldContain($"value=\"{given.LineId}\"");
        page.ShouldNotContain("<script>");
        var revision = System.Text.RegularExpressions.Regex.Match(page, "name=\"Form.Revision\" value=\"(\\d+)\"").Groups[1].Value;

        var fields = new Dictionary<string, string>
        {
            ["Form.Revision"] = revision,
            ["Form.Lines[0].LineId"] = given.LineId.ToString(),
            ["Form.Lines[0].HsCode"] = "6913.10",
            ["Form.Lines[0].PiecesPerCarton"] = "12",
            ["Form.Lines[0].NetGramsPerPiece"] = "400",
            ["Form.Lines[0].GrossGramsPerCarton"] = "4000",
        };
        var refused = await desk.PostFormAsync(url, fields, Forms.Antiforgery(page));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Một thùng đầy không thể nhẹ hơn số hàng bên trong");

        fields["Form.Lines[0].GrossGramsPerCarton"] = "5200";
        var saved = await desk.PostFormAsync(url, fields, Forms.Antiforgery(page));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await desk.GetStringAsync(url + "?saved=true");
        after.ShouldContain("Đã lưu thông tin đóng gói.");
        after.ShouldContain("9</td>");        // 100 pieces, 12 a carton → 9 cartons
        after.ShouldContain("40,00");         // 100 × 400 g net, in Vietnamese notation
        after.ShouldContain("46,80");         // 9 × 5 200 g gross
    }
}
