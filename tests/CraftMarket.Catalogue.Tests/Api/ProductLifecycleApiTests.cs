using System.Net;
using System.Net.Http.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Tests.Support;
using static CraftMarket.Catalogue.Tests.Support.Catalogues;

namespace CraftMarket.Catalogue.Tests.Api;

/// <summary>The whole review cycle through the real API, with the events and the audit trail it leaves.</summary>
[Collection(SharedSite.Name)]
public sealed class ProductLifecycleApiTests(SqliteCatalogueApp app)
{
    private const string Slug = "bat-trang";

    [Fact]
    public async Task A_producer_drafts_submits_and_the_association_publishes_with_a_full_snapshot_event()
    {
        var producer = await app.As(Slug, Producers.MinhHai);
        var own = await MemberIdOf(producer);
        var vases = await app.CategoryId(Slug, "Bình hoa");
        var body = Requests.Product(vases);

        var created = await producer.PostAsJsonAsync("/api/catalogue/products", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Body());
        var draft = await created.Json();
        var id = draft.GetProperty("id").GetGuid();
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        draft.GetProperty("makers").EnumerateArray().Select(m => m.GetGuid()).ShouldBe([own], "the producer's member is the default maker");
        created.Headers.Location!.ToString().ShouldBe($"/api/catalogue/products/{id}");
        (await app.ClientFor(Slug).GetAsync($"/api/catalogue/public/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a draft is not public");

        (await producer.Post($"/api/catalogue/products/{id}/submit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var queue = await (await app.ExportDesk(Slug)).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/catalogue/review-queue?pageSize=100");
        queue.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("id").GetGuid() == id, "staff read the review queue");

        (await (await app.ExportDesk(Slug)).Post($"/api/catalogue/products/{id}/approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "only admins approve");
        (await producer.Post($"/api/catalogue/products/{id}/approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var approved = await (await app.Admin(Slug)).Post($"/api/catalogue/products/{id}/approve");
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Body());

        var detail = await app.ClientFor(Slug).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/catalogue/public/products/{id}");
        detail.GetProperty("product").GetProperty("name").GetProperty("en").GetString().ShouldBe("Test crackle-glaze vase, 30 cm");
        detail.GetProperty("makers").EnumerateArray().Single().GetProperty("displayName").GetString().ShouldBe("Công ty TNHH Gốm sứ Minh Hải");

        var published = (await app.Events<ProductPublished>(Slug, id)).ShouldHaveSingleItem();
        var snapshot = published.GetProperty("product");
        snapshot.GetProperty("tenantSlug").GetString().ShouldBe(Slug);
        snapshot.GetProperty("categoryName").GetProperty("vi").GetString().ShouldBe("Bình hoa");
        snapshot.GetProperty("basePriceVnd").GetDecimal().ShouldBe(420000);
        snapshot.GetProperty("priceBreaks").EnumerateArray().Select(b => b.GetProperty("minQuantity").GetInt32()).ShouldBe([100, 400]);
        snapshot.GetProperty("minimumOrderQuantity").GetInt32().ShouldBe(20);
        snapshot.GetProperty("orderMultiple").GetInt32().ShouldBe(4);
        snapshot.GetProperty("monthlyCapacity").GetInt32().ShouldBe(4000, "Minh Hải declared 4000 vases (bình hoa) a month");
        snapshot.GetProperty("hsCode").GetString().ShouldBe("691390");
        snapshot.GetProperty("sku").GetString().ShouldBe(((string)body["sku"]!).ToUpperInvariant());
    }

    [Fact]
    public async Task Listing_totals_and_facets_follow_publications_at_once_despite_the_cache()
    {
        var anonymous = app.ClientFor(Slug);
        async Task<(int Total, int Vases)> Counts()
        {
            var page = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/catalogue/public/products?pageSize=1");
            var vases = page.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("label").GetProperty("vi").GetString() == "Bình hoa");
            return (page.GetProperty("total").GetInt32(), vases.GetProperty("count").GetInt32());
        }
        var before = await Counts();
        await Counts().ContinueWith(t => t.Result.ShouldBe(before));   // now cached
        var id = await app.Publish(Slug, await app.As(Slug, Producers.MinhHai), Requests.Product(await app.CategoryId(Slug, "Bình hoa")));
        (await Counts()).ShouldBe((before.Total + 1, before.Vases + 1));
        (await (await app.Admin(Slug)).Post($"/api/catalogue/products/{id}/archive")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Counts()).ShouldBe(before);
    }

    [Fact]
    public async Task A_makers_edit_of_a_published_product_withdraws_it_until_approved_again()
    {
        var producer = await app.As(Slug, Producers.MinhHai);
        var body = Requests.Product(await app.CategoryId(Slug, "Bình hoa"));
        var id = await app.Publish(Slug, producer, body);

        body["basePriceVnd"] = 450000;
        var edited = await producer.PutAsJsonAsync($"/api/catalogue/products/{id}", body);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Body());
        (await edited.Json()).GetProperty("status").GetString().ShouldBe("Submitted");
        (await app.Events<ProductWithdrawn>(Slug, id)).ShouldHaveSingleItem();
        (await app.ClientFor(Slug).GetAsync($"/api/catalogue/public/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The association's own correction keeps it live and republishes the snapshot.
        (await (await app.Admin(Slug)).Post($"/api/catalogue/products/{id}/approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        body["basePriceVnd"] = 440000;
        var corrected = await (await app.Admin(Slug)).PutAsJsonAsync($"/api/catalogue/products/{id}", body);
        (await corrected.Json()).GetProperty("status").GetString().ShouldBe("Published");
        var events = await app.Events<ProductPublished>(Slug, id);
        events.Count.ShouldBe(3);
        events[^1].GetProperty("product").GetProperty("basePriceVnd").GetDecimal().ShouldBe(440000);
    }

    [Fact]
    public async Task Changes_requested_reach_the_producer_with_the_comment_and_archiving_withdraws()
    {
        var producer = await app.As(Slug, Producers.MinhHai);
        var id = await app.Publish(Slug, producer, Requests.Product(await app.CategoryId(Slug, "Bình hoa")));
        var admin = await app.Admin(Slug);

        var noComment = await admin.Post($"/api/catalogue/products/{id}/request-changes", new { comment = "" });
        noComment.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noComment.Json()).ErrorFields().ShouldContain("comment");
        (await admin.Post($"/api/catalogue/products/{id}/request-changes", new { comment = "Chụp thêm ảnh đáy bình." })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var mine = await producer.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/catalogue/products/mine?status=ChangesRequested&pageSize=100");
        var row = mine.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        row.GetProperty("reviewComment").GetString().ShouldBe("Chụp thêm ảnh đáy bình.");
        (await app.Events<ProductWithdrawn>(Slug, id)).Count.ShouldBe(1, "it was public, so it is withdrawn");

        (await admin.Post($"/api/catalogue/products/{id}/archive")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await admin.Post($"/api/catalogue/products/{id}/archive");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Json()).GetProperty("code").GetString().ShouldBe("product_archived");
        (await app.Events<ProductWithdrawn>(Slug, id)).Count.ShouldBe(1, "archiving a product that was not public raises nothing more");
    }

    [Fact]
    public async Task The_audit_trail_records_who_did_what_with_old_and_new_values()
    {
        var producer = await app.As(Slug, Producers.MinhHai);
        var body = Requests.Product(await app.CategoryId(Slug, "Bình hoa"));
        var id = await Create(producer, body);
        body["leadTimeDays"] = 45;
        ((Dictionary<string, string?>)body["name"]!)["fr"] = "Vase d'essai craquelé";
        (await producer.PutAsJsonAsync($"/api/catalogue/products/{id}", body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await producer.Post($"/api/catalogue/products/{id}/submit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.Admin(Slug)).Post($"/api/catalogue/products/{id}/approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var history = await (await app.ExportDesk(Slug)).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/catalogue/products/{id}/history");
        var entries = history.EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("action").GetString()).ShouldBe(["created", "edited", "submitted", "approved"]);
        entries[0].GetProperty("userName").GetString().ShouldBe("Công ty TNHH Gốm sứ Minh Hải");
        entries[3].GetProperty("userName").GetString().ShouldBe("Bat Trang Ceramics Association administrator");
        var edit = entries[1].GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        edit.Keys.ShouldBe(["name.fr", "leadTimeDays"], ignoreOrder: true);
        edit["leadTimeDays"].GetProperty("old").GetString().ShouldBe("30");
        edit["leadTimeDays"].GetProperty("new").GetString().ShouldBe("45");
        entries[3].GetProperty("fields")[0].GetProperty("new").GetString().ShouldBe(nameof(ProductStatus.Published));

        var own = await producer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/catalogue/products/{id}/history");
        own.GetArrayLength().ShouldBe(4, "the product's producers read its history too");
    }
}
