using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Orders.Tests.WorkOrders;

/// <summary>The household's phone pages as a browser without script uses them, and the desk's table of an order's work.</summary>
[Collection(OrdersCollection.Name)]
public sealed partial class WorkOrderPagesTests(OrdersApp app)
{
    private const string Village = WorkGiven.Village;

    [Fact]
    public async Task The_household_reads_its_work_in_Vietnamese_on_a_phone_and_reports_ready_with_a_plain_form()
    {
        var order = await WorkGiven.OrderAsync(app);
        var (household, other) = (order.Households[0], order.Households[1]);
        var browser = await WorkGiven.PhoneBrowser(app, household);

        var list = WebUtility.HtmlDecode(await browser.GetStringAsync("/account/work-orders"));
        list.ShouldContain("lang=\"vi\"");
        list.ShouldContain("Việc của tôi");
        list.ShouldContain($"/account/work-orders/{household.WorkOrderId}");
        list.ShouldNotContain(other.WorkOrderId.ToString());
        list.ShouldContain("name=\"viewport\" content=\"width=device-width");

        var url = $"/account/work-orders/{household.WorkOrderId}";
        var response = await browser.GetAsync(url);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var raw = await response.Content.ReadAsStringAsync();
        var page = WebUtility.HtmlDecode(raw);
        page.ShouldContain("Giá Hội trả bạn");
        page.ShouldContain("120.000 ₫/chiếc");
        page.ShouldContain("Giá người mua trả");
        page.ShouldContain("US$8.40/chiếc (≈ 210.000 ₫)");
        page.ShouldContain(order.Number);
        page.ShouldContain("Bắt đầu làm");
        page.ShouldContain("Báo sẵn sàng kiểm hàng");
        page.ShouldContain("Báo chậm");
        page.ShouldContain("enctype=\"multipart/form-data\"");
        page.ShouldContain("/_content/CraftMarket.Orders/work-orders.");
        page.ShouldNotContain("Test Buyer");
        page.ShouldNotContain("Test Imports");
        page.ShouldNotContain(TradeBuyers.Homeware);
        page.ShouldNotContain("<script>");
        Regex.IsMatch(page, "on(click|submit)=").ShouldBeFalse();

        (await browser.GetAsync($"/account/work-orders/{other.WorkOrderId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var noToken = await browser.PostAsync($"{url}?handler=Ready", new FormUrlEncodedContent(new Dictionary<string, string>()));
        noToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await WorkGiven.ReadAsync(app, household.WorkOrderId)).State.ShouldBe(WorkOrderState.Assigned);

        var backwards = await browser.PostFormAsync($"{url}?handler=Finished", new Dictionary<string, string> { ["Finished"] = "abc" }, Forms.Antiforgery(raw));
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await backwards.Content.ReadAsStringAsync()).ShouldContain("Hãy viết số đã xong bằng chữ số.");
        var counted = await browser.PostFormAsync($"{url}?handler=Finished", new Dictionary<string, string> { ["Finished"] = "120" }, Forms.Antiforgery(raw));
        counted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var fewer = await browser.PostFormAsync($"{url}?handler=Finished", new Dictionary<string, string> { ["Finished"] = "100" }, Forms.Antiforgery(raw));
        fewer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await fewer.Content.ReadAsStringAsync()).ShouldContain("Số đã xong không thể giảm: bạn đã báo 120 chiếc.");

        var ready = await browser.PostFormAsync($"{url}?handler=Ready", new Dictionary<string, string>(), Forms.Antiforgery(raw));
        ready.StatusCode.ShouldBe(HttpStatusCode.Redirect, await ready.Content.ReadAsStringAsync());
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync(ready.Headers.Location!.OriginalString));
        after.ShouldContain("Đã báo Hội: lô hàng sẵn sàng kiểm.");
        after.ShouldContain("Chờ kiểm hàng");
        after.ShouldContain("200/200");
        (await WorkGiven.ReadAsync(app, household.WorkOrderId)).State.ShouldBe(WorkOrderState.ReadyForInspection);
        (await OrderGiven.ReadAsync(app, order)).State.ShouldBe(OrderState.QualityControl);

        var delay = await browser.PostFormAsync($"{url}?handler=Delay", new Dictionary<string, string> { ["ExpectedOn"] = "2020-01-01" }, Forms.Antiforgery(raw));
        delay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await delay.Content.ReadAsStringAsync()).ShouldContain("Ngày dự kiến phải sau hôm nay.");
    }

    [Fact]
    public async Task A_household_sends_a_photo_and_the_desk_sees_it_while_another_household_cannot()
    {
        var order = await WorkGiven.OrderAsync(app);
        var (household, other) = (order.Households[0], order.Households[1]);
        var phone = await app.Producer(Village, household.Phone);

        var notPhoto = await phone.PostAsync($"/api/work-orders/{household.WorkOrderId}/photos", WorkGiven.Photo("x.jpg", "not an image at all"u8.ToArray()));
        notPhoto.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await WorkGiven.ReadAsync(app, household.WorkOrderId)).PhotoIds.ShouldBeEmpty();

        var uploaded = await phone.PostAsync($"/api/work-orders/{household.WorkOrderId}/photos", WorkGiven.Photo());
        uploaded.StatusCode.ShouldBe(HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        var photo = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(uploaded.Content))[0]
            .GetProperty("photoId").GetGuid();
        var reported = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(phone, $"/api/work-orders/{household.WorkOrderId}/progress",
            new { kind = "progress", finished = 40, note = "Mẻ đầu", photoIds = new[] { photo } });
        reported.StatusCode.ShouldBe(HttpStatusCode.OK);
        var forged = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(phone, $"/api/work-orders/{household.WorkOrderId}/progress",
            new { kind = "progress", finished = 50, photoIds = new[] { Guid.NewGuid() } });
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var own = await phone.GetAsync($"/api/work-orders/{household.WorkOrderId}/photos/{photo}");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        own.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var stranger = await app.Producer(Village, other.Phone);
        (await stranger.GetAsync($"/api/work-orders/{household.WorkOrderId}/photos/{photo}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/work-orders/{other.WorkOrderId}/photos/{photo}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ExportDesk("van-phuc")).GetAsync($"/api/work-orders/{household.WorkOrderId}/photos/{photo}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The desk's page lists the photo and streams it to the desk's browser.
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var table = await desk.GetStringAsync($"/admin/orders/{order.Id}/work-orders");
        var link = WebUtility.HtmlDecode(PhotoLink().Match(table).Groups[1].Value);
        link.ShouldContain(photo.ToString());
        var seen = await desk.GetAsync(link);
        seen.StatusCode.ShouldBe(HttpStatusCode.OK);
        seen.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        (await seen.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(100);
        (await desk.GetAsync(link.Replace(photo.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await desk.GetAsync(link.Replace(order.Id.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Inspectors look at the lot's photos, not at the work order's reads.
        var inspector = await app.Inspector(Village);
        (await inspector.GetAsync($"/api/work-orders/{household.WorkOrderId}/photos/{photo}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await inspector.GetAsync($"/api/work-orders/{household.WorkOrderId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_household_sends_a_photo_from_its_phone_page()
    {
        var order = await WorkGiven.OrderAsync(app, households: 1);
        var household = order.Households[0];
        var browser = await WorkGiven.PhoneBrowser(app, household);
        var url = $"/account/work-orders/{household.WorkOrderId}";
        var page = await browser.GetStringAsync(url);

        var posted = await browser.PostMultipartAsync($"{url}?handler=Photo", Forms.Antiforgery(page), [("Note", "Men đã khô")],
            [("Files", "men.jpg", WorkGiven.Jpeg(), "image/jpeg")]);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync(posted.Headers.Location!.OriginalString));
        after.ShouldContain("Đã gửi ảnh.");
        after.ShouldContain("Men đã khô");
        var thumbnail = WebUtility.HtmlDecode(Regex.Match(after, "<img src=\"([^\"]*handler=Photo[^\"]*)\"").Groups[1].Value);
        var image = await browser.GetAsync(thumbnail);
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        (await WorkGiven.ReadAsync(app, household.WorkOrderId)).PhotoIds.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_desk_page_lists_late_work_first_and_clears_a_problem()
    {
        var order = await WorkGiven.OrderAsync(app);
        var (onTime, late) = (order.Households[0], order.Households[1]);
        var today = CraftMarket.Orders.Domain.VietnamDate.Today(DateTimeOffset.UtcNow);
        await WorkGiven.EditAsync(app, onTime.WorkOrderId, w => w.DueOn = today.AddDays(3));
        await WorkGiven.EditAsync(app, late.WorkOrderId, w => { w.DueOn = today.AddDays(-1); w.OpenProblem = "Thiếu đất sét"; });

        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var url = $"/admin/orders/{order.Id}/work-orders";
        var page = WebUtility.HtmlDecode(await desk.GetStringAsync(url));
        page.IndexOf(late.WorkOrderId.ToString(), StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf(onTime.WorkOrderId.ToString(), StringComparison.Ordinal));
        page.ShouldContain($"data-work-order=\"{late.WorkOrderId}\" data-late=\"true\"");
        page.ShouldContain("Thiếu đất sét");
        page.ShouldContain($"/admin/inspections/{late.WorkOrderId}");

        var cleared = await desk.PostFormAsync($"{url}?handler=Clear", new Dictionary<string, string> { ["work"] = late.WorkOrderId.ToString(), ["Note"] = "Hội gửi đất" },
            Forms.Antiforgery(page));
        cleared.StatusCode.ShouldBe(HttpStatusCode.Redirect, await cleared.Content.ReadAsStringAsync());
        (await WorkGiven.ReadAsync(app, late.WorkOrderId)).OpenProblem.ShouldBeNull();

        var household = await WorkGiven.PhoneBrowser(app, late);
        (await household.GetAsync(url)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Redirect);
    }

    [GeneratedRegex("href=\"([^\"]*handler=Photo[^\"]*)\"")]
    private static partial Regex PhotoLink();
}
