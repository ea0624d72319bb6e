using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Tests.Orders;

/// <summary>What the orders part's tests start from: payments recorded as the payment parts record them, work moved on as the households' would be.</summary>
internal static class OrdersPartGiven
{
    public const string Village = "bat-trang";

    /// <summary>A succeeded payment of <paramref name="minor"/> in the order's currency, through the one door every payment takes.</summary>
    public static async Task<Guid> PaidAsync(OrdersSite site, GivenOrder given, long minor, PaymentMethod method = PaymentMethod.BankTransfer,
        PaymentPurpose purpose = PaymentPurpose.Deposit)
    {
        await using var scope = site.ScopeFor(given.Slug);
        var db = OrdersSite.Db(scope);
        var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
        var payment = new Payment(order.TenantId, order.Id, method, purpose, new Money(minor, order.Currency), DateTimeOffset.UtcNow)
        {
            Reference = "TEST-" + Guid.NewGuid().ToString("N")[..8],
        };
        db.Payments.Add(payment);
        await db.SucceededAsync(order, payment, "Test cashier", TimeProvider.System, CancellationToken.None);
        await db.SaveChangesAsync();
        return payment.Id.Value;
    }

    /// <summary>Sets one work order where the households' reports and the inspection would have put it.</summary>
    public static async Task WorkAsync(OrdersSite site, GivenOrder given, int household, WorkOrderState state, int accepted = 0, int rejected = 0)
    {
        await using var scope = site.ScopeFor(given.Slug);
        var db = OrdersSite.Db(scope);
        var work = await db.WorkOrders.SingleAsync(w => w.Id == new WorkOrderId(given.Households[household].WorkOrderId));
        work.State = state;
        work.AcceptedQuantity = accepted;
        work.RejectedQuantity = rejected;
        work.FinishedQuantity = Math.Max(work.FinishedQuantity, accepted + rejected);
        work.Touch(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    public static async Task<WorkOrderState> WorkStateAsync(OrdersSite site, GivenOrder given, int household)
    {
        await using var scope = site.ScopeFor(given.Slug);
        return (await OrdersSite.Db(scope).WorkOrders.AsNoTracking().SingleAsync(w => w.Id == new WorkOrderId(given.Households[household].WorkOrderId))).State;
    }

    public static async Task<List<Refund>> RefundsAsync(OrdersSite site, GivenOrder given)
    {
        await using var scope = site.ScopeFor(given.Slug);
        return await OrdersSite.Db(scope).Refunds.AsNoTracking().Where(r => r.OrderId == new OrderId(given.Id)).ToListAsync();
    }

    /// <summary>The payloads of the village's Orders outbox messages named <paramref name="name"/> that mention <paramref name="id"/>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> OutboxAsync(OrdersSite site, string slug, string name, Guid id)
    {
        await using var scope = site.ScopeFor(slug);
        var text = id.ToString();
        var rows = await OrdersSite.Db(scope).Outbox.AsNoTracking().Where(m => m.Name == name).Select(m => m.Payload).ToListAsync();
        return [.. rows.Where(p => p.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(p => JsonDocument.Parse(p).RootElement.Clone())];
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static long Minor(JsonElement money) => money.GetProperty("minorUnits").GetInt64();

    public static async Task<string> CodeAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "";
    }
}
