using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Tests.Ledger;

/// <summary>What the other parts do to an order, done straight through the domain as they do it: payments received, lots accepted, moves.</summary>
internal static class LedgerGiven
{
    /// <summary>A bank receipt of <paramref name="minor"/> in the order's currency, through <see cref="PaymentRecording"/> (posting, moves).</summary>
    public static async Task PaidAsync(OrdersSite app, GivenOrder given, long minor, long? receivedDong = null)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = OrdersSite.Db(scope);
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
        var payment = new Payment(order.TenantId, order.Id, PaymentMethod.BankTransfer, PaymentPurpose.Deposit, new Money(minor, order.Currency), clock.GetUtcNow())
        {
            Reference = "TT-" + Guid.NewGuid().ToString("N")[..6], AmountVnd = receivedDong ?? 0,
        };
        db.Payments.Add(payment);
        await db.SucceededAsync(order, payment, "Test desk", clock, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    /// <summary>An inspection accepted <paramref name="accepted"/> pieces of the household's work order: the posting the inspections part makes.</summary>
    public static async Task AcceptedAsync(OrdersSite app, GivenOrder given, GivenHousehold household, int accepted)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = OrdersSite.Db(scope);
        var now = DateTimeOffset.UtcNow;
        var work = await db.WorkOrders.SingleAsync(w => w.Id == new WorkOrderId(household.WorkOrderId));
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync() ?? OrderSettings.Defaults(db.Tenant);
        await db.PostAsync(Postings.WorkAccepted(work, $"check:{Guid.NewGuid()}", accepted, settings, work.AcceptedQuantity == 0, VietnamDate.Today(now), now),
            CancellationToken.None);
        work.AcceptedQuantity += accepted;
        work.State = WorkOrderState.Inspected;
        work.Touch(now);
        await db.SaveChangesAsync();
    }

    /// <summary>Moves the order as the orders part does (state forced to <paramref name="from"/> first when given): timeline, OrderChanged.</summary>
    public static async Task MovedAsync(OrdersSite app, GivenOrder given, OrderState to, OrderState? from = null)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = OrdersSite.Db(scope);
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
        if (from is { } f) order.State = f;
        db.MoveTo(order, to, "Test desk", "test", clock).IsSuccess.ShouldBeTrue();
        await db.SaveChangesAsync();
    }

    /// <summary>Sets the association's payout timing and surplus policy for the length of a test (tests of one collection run one at a time).</summary>
    public static async Task<IAsyncDisposable> SettingsAsync(OrdersSite app, string slug, PayoutTiming timing, SurplusPolicy policy)
    {
        await using var scope = app.ScopeFor(slug);
        var db = OrdersSite.Db(scope);
        var row = await db.Settings.FirstOrDefaultAsync();
        var existed = row is not null;
        row ??= db.Settings.Add(new OrderSettings(db.Tenant)).Entity;
        var before = (row.PayoutTiming, row.SurplusPolicy);
        row.PayoutTiming = timing;
        row.SurplusPolicy = policy;
        await db.SaveChangesAsync();
        return new Restore(app, slug, existed, before.PayoutTiming, before.SurplusPolicy);
    }

    private sealed class Restore(OrdersSite app, string slug, bool existed, PayoutTiming timing, SurplusPolicy policy) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var scope = app.ScopeFor(slug);
            var db = OrdersSite.Db(scope);
            var row = await db.Settings.SingleAsync();
            if (existed)
            {
                row.PayoutTiming = timing;
                row.SurplusPolicy = policy;
            }
            else db.Settings.Remove(row);
            await db.SaveChangesAsync();
        }
    }

    public static async Task<List<LedgerTransaction>> TransactionsAsync(OrdersSite app, GivenOrder given)
    {
        await using var scope = app.ScopeFor(given.Slug);
        return await OrdersSite.Db(scope).Transactions.AsNoTracking().Where(t => t.OrderId == new OrderId(given.Id)).ToListAsync();
    }

    /// <summary>Background consumers act after the request: poll for what they write (never a fixed sleep).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var value = await read();
        for (var i = 0; i < 300 && !done(value); i++)
        {
            await Task.Delay(50);
            value = await read();
        }
        done(value).ShouldBeTrue(what);
        return value;
    }

    public static async Task<JsonElement> LedgerJson(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static Task<HttpResponseMessage> PayAsync(this HttpClient client, Guid member, long amount, string method = "BankTransfer", string? reference = "VCB-123") =>
        client.PostAsJsonAsync($"/api/ledger/members/{member}/payouts", new { amountDong = amount, method, reference });
}
