using System.Net;
using System.Net.Http.Headers;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Tests.WorkOrders;

/// <summary>Orders in production with fresh households, their phones signed in (API and page), and direct reads and edits of their work.</summary>
internal static class WorkGiven
{
    public const string Village = "bat-trang";

    public static async Task<GivenOrder> OrderAsync(OrdersApp app, int households = 2, OrderState state = OrderState.InProduction) =>
        await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: households, state: state);

    public static async Task<WorkOrder> ReadAsync(OrdersApp app, Guid workOrderId)
    {
        await using var scope = app.ScopeFor(Village);
        return await OrdersSite.Db(scope).WorkOrders.AsNoTracking().SingleAsync(w => w.Id == new WorkOrderId(workOrderId));
    }

    /// <summary>Changes a work order as another part would (the inspector's verdict, the desk's dates), without events.</summary>
    public static async Task EditAsync(OrdersApp app, Guid workOrderId, Action<WorkOrder> change)
    {
        await using var scope = app.ScopeFor(Village);
        var db = OrdersSite.Db(scope);
        var work = await db.WorkOrders.SingleAsync(w => w.Id == new WorkOrderId(workOrderId));
        change(work);
        await db.SaveChangesAsync();
    }

    /// <summary>Raises WorkOrderChanged for the work order as it stands, through the outbox, as the order's opening does.</summary>
    public static async Task PublishAsync(OrdersApp app, Guid workOrderId)
    {
        await using var scope = app.ScopeFor(Village);
        var db = OrdersSite.Db(scope);
        var work = await db.WorkOrders.SingleAsync(w => w.Id == new WorkOrderId(workOrderId));
        db.WorkOrderChanged(work, TimeProvider.System);
        await db.SaveChangesAsync();
    }

    /// <summary>A household's phone browser signed in by texted code on the phone page (cookie), as a person would.</summary>
    public static async Task<HttpClient> PhoneBrowser(OrdersApp app, GivenHousehold household)
    {
        await app.Texts.WaitForCount(household.Phone, 1);
        var browser = app.ClientFor(Village);
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

    public static MultipartFormDataContent Photo(string name = "lo-gom.jpg", byte[]? bytes = null, string type = "image/jpeg")
    {
        var part = new ByteArrayContent(bytes ?? Jpeg());
        part.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { part, "file", name } };
    }

    /// <summary>A page's multipart form as a browser posts it, with the antiforgery token.</summary>
    public static Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, string token,
        IEnumerable<(string Name, string Value)> fields, IEnumerable<(string Field, string FileName, byte[] Bytes, string Type)> files)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        foreach (var (field, fileName, bytes, type) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, field, fileName);
        }
        return client.PostAsync(url, form);
    }

    /// <summary>A 160×120 JPEG, what a phone camera sends (smaller).</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(JpegBase64);

    private const string JpegBase64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAB4AKADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAQG/8QAFhABAQEAAAAAAAAAAAAAAAAAABJh/8QAFwEBAQEBAAAAAAAAAAAAAAAAAAQBB//EABcRAQEBAQAAAAAAAAAAAAAAAAASARH/2gAMAwEAAhEDEQA/ANxZaey3FYdDUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgTWWnstZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAnstNZauGqbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQJr0vU96XqyGqL0vU96XpAovS9T3pekCi9L1Pel6QKL0vU96XpAovS9T3pekCi9L1Pel6QKL0vU96XpAovS9T3pekCi9L1Pel6QJ7LTWWsgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgT2WnstZDVFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIE1lprLWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQJ7LBVzAssDmBZYHMCywOYFlgcwLLA5gWWBzAssDmBZYHMCywOYP/2Q==";
}
