using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Tests.InquiryList;

/// <summary>The contract of POST /api/inquiries and /api/inquiries/check: created, refused field by field, and who may send.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class SendInquiryApiTests(InquiriesApp app)
{
    [Fact]
    public async Task A_buyer_sends_an_inquiry_and_gets_201_with_its_id_number_and_status()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var buyer = await app.Buyer("bat-trang");
        var quantity = ListGiven.Valid(product, extraCases: 2);

        var response = await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(product, quantity, incoterm: "CIF", port: "Rotterdam", country: "nl",
            target: new { currency = "USD", minorUnits = 250 }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        body.GetProperty("number").GetString()!.ShouldStartWith("BT-");
        body.GetProperty("status").GetString().ShouldBe("New");
        response.Headers.Location!.ToString().ShouldBe($"/api/inquiries/{id}");

        await using var scope = app.ScopeFor("bat-trang");
        var db = InquiriesSite.Db(scope);
        var stored = await db.Inquiries.AsNoTracking().SingleAsync(i => i.Id == new InquiryId(id));
        stored.Status.ShouldBe(InquiryStatus.New);
        stored.Source.ShouldBe(InquirySource.Direct);
        stored.Buyer.UserId.ShouldBe(await InquiriesSite.UserIdOf(buyer));
        stored.Buyer.Email.ShouldBe(DemoBuyers.Homeware);
        stored.Buyer.Name.ShouldNotBeNullOrWhiteSpace();
        stored.Incoterm.ShouldBe(Incoterm.CIF);
        stored.DestinationPort.ShouldBe("Rotterdam");
        stored.DestinationCountry.ShouldBe("NL");
        stored.WantsMarkedGoods.ShouldBeTrue();
        stored.SampleRequested.ShouldBeTrue();
        stored.ListId.ShouldNotBeNull();
        var line = stored.Lines.ShouldHaveSingleItem();
        line.ProductId.ShouldBe(product.Id);
        line.Quantity.ShouldBe(quantity);
        line.TargetUnitPrice!.MinorUnits.ShouldBe(250);
        line.TargetUnitPrice.Currency.Code.ShouldBe("USD");
        (await db.Outbox.AsNoTracking().Where(m => m.Name == "inquiries.inquiry-changed").Select(m => m.Payload).ToListAsync())
            .ShouldContain(p => p.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase) && p.Contains("Submitted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_villages_export_desk_is_told_by_e_mail_in_vietnamese()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var buyer = await app.Buyer("bat-trang");
        var response = await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(product, ListGiven.Valid(product)));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;

        await app.WaitForOutboxesAsync();
        var mail = await DevMail.WaitForAsync(app, "export@battrang.example", m => m.Subject?.Contains(number, StringComparison.Ordinal) == true);
        mail.Subject.ShouldBe($"Yêu cầu báo giá mới {number}");
        mail.Body.ShouldContain("FOB Hai Phong");
        mail.Body.ShouldNotContain(DemoBuyers.Homeware, customMessage: "the buyer's contact details stay on the desk's page");
    }

    [Fact]
    public async Task Below_the_minimum_not_whole_cases_and_too_soon_are_each_told_on_their_field_with_the_earliest_date()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var buyer = await app.Buyer("bat-trang");
        var moq = product.MinimumOrderQuantity;

        var below = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(product, moq - 1)));
        below["lines[0].quantity"].ShouldBe([$"Below the minimum order of {Words(product, moq)}."]);

        var valid = ListGiven.Valid(product);
        var loose = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(product, valid + 1)));
        loose["lines[0].quantity"].ShouldBe([$"Order in whole cases of {Words(product, product.OrderMultiple)}: {Words(product, valid + product.OrderMultiple)} would do."]);

        var earliest = ListGiven.Today.AddDays(product.LeadTimeDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var soon = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(product, valid, requiredBy: ListGiven.Today.AddDays(product.LeadTimeDays - 1))));
        soon["requiredBy"].ShouldBe([$"The village can promise delivery from {earliest} at the earliest."]);
        soon["lines[0].requiredBy"].ShouldBe([$"This product needs {product.LeadTimeDays} days: the village can promise it from {earliest}."]);

        // The last day the lead time allows is accepted.
        (await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(product, valid, requiredBy: ListGiven.Today.AddDays(product.LeadTimeDays))))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_check_endpoint_answers_the_same_messages_and_the_earliest_date_when_all_is_well()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang", 1);
        var buyer = await app.Buyer("bat-trang");

        var wrong = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries/check",
            ListGiven.Body(product, product.MinimumOrderQuantity - 1, incoterm: "CFR", country: "XX")));
        wrong["lines[0].quantity"].ShouldBe([$"Below the minimum order of {Words(product, product.MinimumOrderQuantity)}."]);
        wrong["destinationPort"].ShouldBe(["Name the destination port for CIF or CFR."]);
        wrong["destinationCountry"].ShouldBe(["Choose the destination country (ISO code such as JP or US)."]);

        var fine = await buyer.PostAsJsonAsync("/api/inquiries/check", ListGiven.Body(product, ListGiven.Valid(product)));
        fine.StatusCode.ShouldBe(HttpStatusCode.OK, await fine.Content.ReadAsStringAsync());
        (await fine.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("earliestDate").GetString()
            .ShouldBe(ListGiven.Today.AddDays(product.LeadTimeDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Another_villages_product_an_unknown_product_and_a_foreign_variant_are_refused()
    {
        var theirs = await ListGiven.CasedProductAsync(app, "van-phuc");
        var ours = await ListGiven.CasedProductAsync(app, "bat-trang");
        var buyer = await app.Buyer("bat-trang");

        var foreign = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(theirs, ListGiven.Valid(theirs))));
        foreign["lines[0].productId"].ShouldBe(["This product is not in the village's published catalogue."]);

        var unknown = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries", new
        {
            lines = new[] { new { productId = Guid.NewGuid(), quantity = 100 } },
            requiredBy = ListGiven.Later, incoterm = "EXW", destinationCountry = "US",
        }));
        unknown["lines[0].productId"].ShouldBe(["This product is not in the village's published catalogue."]);

        var variant = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(ours, ListGiven.Valid(ours), sku: theirs.Sku)));
        variant["lines[0].variantSku"].ShouldBe([$"This product has no variant {theirs.Sku}."]);
    }

    [Fact]
    public async Task Quantities_out_of_range_a_missing_date_and_an_unknown_incoterm_are_refused()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var buyer = await app.Buyer("bat-trang");

        var errors = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries", new
        {
            lines = new object[]
            {
                new { productId = product.Id.Value, quantity = 0L },
                new { productId = product.Id.Value, variantSku = product.Variants.Count > 0 ? product.Variants[0].Sku : "", quantity = 1_000_001L },
            },
            incoterm = "DDP", destinationCountry = "JP",
        }));
        errors["lines[0].quantity"].ShouldBe(["Enter a quantity from 1 to 1,000,000."]);
        errors["lines[1].quantity"].ShouldBe(["Enter a quantity from 1 to 1,000,000."]);
        errors["requiredBy"].ShouldBe(["Choose the date you need the goods by."]);
        errors["incoterm"].ShouldBe(["Choose EXW, FOB (Hai Phong), CFR or CIF."]);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_staff_and_producers_403()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var body = ListGiven.Body(product, ListGiven.Valid(product));

        (await app.Anonymous("bat-trang").PostAsJsonAsync("/api/inquiries", body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await app.ExportDesk("bat-trang")).PostAsJsonAsync("/api/inquiries", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Admin("bat-trang")).PostAsJsonAsync("/api/inquiries/check", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var (_, phone) = await app.InviteHousehold("bat-trang");
        (await (await app.Producer("bat-trang", phone)).PostAsJsonAsync("/api/inquiries", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_same_request_sent_twice_with_one_Idempotency_Key_makes_one_inquiry()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var buyer = await app.Buyer("bat-trang", DemoBuyers.Decor);
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/inquiries") { Content = JsonContent.Create(ListGiven.Body(product, ListGiven.Valid(product))) };
            request.Headers.Add("Idempotency-Key", key);
            return await buyer.SendAsync(request);
        }

        var responses = await Task.WhenAll(Send(), Send());
        var ids = new List<Guid>();
        foreach (var r in responses.Append(await Send()))
        {
            r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            ids.Add((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        ids.Distinct().ShouldHaveSingleItem();

        // Without a key, each request is a new inquiry.
        var a = await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(product, ListGiven.Valid(product)));
        var b = await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(product, ListGiven.Valid(product)));
        (await a.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
            .ShouldNotBe((await b.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    /// <summary>A quantity as the API's English says it, in the product's unit: "1,200 pieces", "50 metres".</summary>
    private static string Words(Catalogue.Contracts.PublishedProduct product, int count) =>
        SharedKernel.Trade.UnitWords.Quantity(count, product.Unit, "en", System.Globalization.CultureInfo.InvariantCulture);
}
