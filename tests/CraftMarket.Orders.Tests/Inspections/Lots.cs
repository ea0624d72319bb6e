using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Tests.Inspections;

/// <summary>Work orders made ready as the household's "ready" report leaves them, and the inspection calls the tests make.</summary>
internal static class Lots
{
    /// <summary>The work order presented for inspection: state ReadyForInspection, every piece finished, a "ready" line in its history.</summary>
    public static async Task ReadyAsync(OrdersSite app, string slug, Guid workOrderId)
    {
        await using var scope = app.ScopeFor(slug);
        var db = OrdersSite.Db(scope);
        var work = await db.WorkOrders.SingleAsync(w => w.Id == new WorkOrderId(workOrderId));
        work.State = WorkOrderState.ReadyForInspection;
        work.FinishedQuantity = work.Quantity;
        work.Touch(DateTimeOffset.UtcNow);
        db.WorkOrderUpdates.Add(new WorkOrderUpdate(work.TenantId, work.Id, WorkOrderUpdateKind.Ready, "Hộ Thử", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }

    public static Task<HttpResponseMessage> InspectAsync(HttpClient client, Guid workOrderId, object body) =>
        client.PostAsJsonAsync($"/api/work-orders/{workOrderId}/inspections", body);

    /// <summary>Inspects and answers the created inspection (fails the test on anything but 201).</summary>
    public static async Task<JsonElement> InspectedAsync(HttpClient client, Guid workOrderId, object body)
    {
        var response = await InspectAsync(client, workOrderId, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<WorkOrder> WorkAsync(OrdersSite app, string slug, Guid workOrderId)
    {
        await using var scope = app.ScopeFor(slug);
        return await OrdersSite.Db(scope).WorkOrders.AsNoTracking().SingleAsync(w => w.Id == new WorkOrderId(workOrderId));
    }

    /// <summary>The member-payable and fee lines posted for one work order's accepted pieces (đồng; credits are negative).</summary>
    public static async Task<IReadOnlyList<Domain.Ledger.LedgerTransaction>> AcceptancePostingsAsync(OrdersSite app, string slug, Guid orderId, Guid workOrderId)
    {
        await using var scope = app.ScopeFor(slug);
        var postings = await OrdersSite.Db(scope).Transactions.AsNoTracking()
            .Where(t => t.OrderId == new Inquiries.Contracts.OrderId(orderId) && t.Kind == Domain.Ledger.LedgerKind.WorkAccepted).ToListAsync();
        return [.. postings.Where(t => t.Entries.Any(e => e.WorkOrderId == new WorkOrderId(workOrderId)))];
    }

    /// <summary>Waits for a text to the household that <paramref name="match"/> accepts (texts arrive from the outbox after the request).</summary>
    public static async Task<string> TextAsync(OrdersSite app, string phone, Func<string, bool> match)
    {
        for (var i = 0; i < 200 && !app.Texts.To(phone).Any(match); i++) await Task.Delay(50);
        return app.Texts.To(phone).FirstOrDefault(match) ?? throw new ShouldAssertException(
            $"No matching text to {phone}; got: {string.Join(" | ", app.Texts.To(phone))}");
    }

    public static MultipartFormDataContent Photo(string name = "loi-nut.jpg")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Convert.FromBase64String(JpegBase64));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(file, "file", name);
        return content;
    }

    // A small valid JPEG (the same test picture as QualityMarks' evidence tests).
    private const string JpegBase64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAB4AKADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAQG/8QAFhABAQEAAAAAAAAAAAAAAAAAABJh/8QAFwEBAQEBAAAAAAAAAAAAAAAAAAQBB//EABcRAQEBAQAAAAAAAAAAAAAAAAASARH/2gAMAwEAAhEDEQA/ANxZaey3FYdDUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgTWWnstZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAnstNZauGqbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQJr0vU96XqyGqL0vU96XpAovS9T3pekCi9L1Pel6QKL0vU96XpAovS9T3pekCi9L1Pel6QKL0vU96XpAovS9T3pekCi9L1Pel6QJ7LTWWsgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgT2WnstZDVFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIE1lprLWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQJ7LBVzAssDmBZYHMCywOYFlgcwLLA5gWWBzAssDmBZYHMCywOYP/2Q==";
}
