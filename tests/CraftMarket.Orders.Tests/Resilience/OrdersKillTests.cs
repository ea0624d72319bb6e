using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Testing;
using CraftMarket.Testing.Stripe;

namespace CraftMarket.Orders.Tests.Resilience;

/// <summary>
/// The real site as a separate process (SQLite, demo data, card payments against the Stripe stub),
/// killed with SIGKILL in the middle of a burst of money: the same Stripe webhooks delivered many
/// times over and out of order, and the desk's bank receipts sent at once. Started again on the same
/// data directory, everything is sent again, as Stripe and the desk's client retry what got no answer.
/// Afterwards each payment counts once, each cause is posted once, and the order's paid amount is
/// exactly the money that came in.
/// </summary>
public sealed class OrdersKillTests : IDisposable
{
    private readonly SiteProcess site = new(new Dictionary<string, string>
    {
        ["CraftMarket__Stripe__SecretKey"] = StripeStub.SecretKey,
        ["CraftMarket__Stripe__WebhookSecret"] = StripeStub.WebhookSecret,
        ["CraftMarket__Stripe__ApiBase"] = StripeStub.Shared.ApiBase,
    });

    [Fact]
    public async Task Money_in_a_burst_survives_a_kill_and_is_counted_once()
    {
        await StartSite();
        using var buyer = Client("bat-trang.localhost");
        await buyer.SignedInAs(TradeBuyers.Homeware);
        var mine = JsonDocument.Parse(await buyer.GetStringAsync("/api/orders/mine?pageSize=100")).RootElement.GetProperty("items");
        var order = mine.EnumerateArray().First(o => o.GetProperty("state").GetString() == "AwaitingDeposit");
        var orderId = order.GetProperty("id").GetString()!;
        var currency = order.GetProperty("total").GetProperty("currency").GetString()!;
        var deposit = order.GetProperty("depositDue").GetProperty("minorUnits").GetInt64();

        var checkout = await buyer.PostAsJsonAsync($"/api/orders/{orderId}/checkout", new { purpose = "Deposit" });
        checkout.StatusCode.ShouldBe(HttpStatusCode.Created, await checkout.Content.ReadAsStringAsync());
        var opened = JsonDocument.Parse(await checkout.Content.ReadAsStringAsync()).RootElement;
        var paymentId = opened.GetProperty("paymentId").GetString()!;
        var (session, intent) = StripeStub.Shared.PayCheckout(new Uri(opened.GetProperty("url").GetString()!).AbsolutePath.Split('/')[^1]);
        // Stripe sends each event with its own id and retries it with the same id until it gets a 2xx.
        string[] events = [StripeEvents.Event("payment_intent.succeeded", intent), StripeEvents.Event("checkout.session.completed", session)];
        var receipts = Enumerable.Range(1, 8).Select(i => (Key: $"kill-{i}-{Guid.NewGuid():N}", Minor: 1_000L * i)).ToList();

        var answered = await BurstAsync(orderId, currency, events, receipts, killAfterFirst: true);
        answered.ShouldBeLessThan(events.Length * 20 + receipts.Count, "the kill must cut the burst short, or this test proves nothing");

        await StartSite();
        await BurstAsync(orderId, currency, events, receipts, killAfterFirst: false);   // the retries

        var paid = Scalar($"SELECT PaidMinor FROM orders_orders WHERE lower(Id) = lower('{orderId}')");
        paid.ShouldBe(deposit + receipts.Sum(r => r.Minor), "the card deposit and each bank receipt, once each");
        Scalar($"SELECT COUNT(*) FROM orders_payments WHERE lower(OrderId) = lower('{orderId}') AND Status = 'Succeeded'").ShouldBe(1 + receipts.Count);
        Scalar($"SELECT COUNT(*) FROM orders_ledger_transactions WHERE SourceKey = 'payment:{paymentId.ToLowerInvariant()}' OR SourceKey = 'payment:{paymentId}'")
            .ShouldBe(1, "the card payment is posted once");
        Scalar($"SELECT COUNT(*) FROM orders_ledger_transactions WHERE lower(OrderId) = lower('{orderId}') AND Kind = 'PaymentReceived'")
            .ShouldBe(1 + receipts.Count, "one posting per payment");
        Scalar("SELECT COUNT(*) FROM orders_inbox_messages WHERE Source = 'stripe'").ShouldBe(events.Length, "each Stripe event processed once");
        Scalar($"SELECT COUNT(*) FROM orders_timeline WHERE lower(OrderId) = lower('{orderId}') AND Kind = 'payment'").ShouldBe(1 + receipts.Count);
        Scalar($"SELECT COUNT(*) FROM orders_timeline WHERE lower(OrderId) = lower('{orderId}') AND Kind = 'state:InProduction'").ShouldBe(1);
    }

    /// <summary>Sends every event twenty times and every receipt once, all at once; answers how many got a 2xx before the kill.</summary>
    private async Task<int> BurstAsync(string orderId, string currency, string[] events, List<(string Key, long Minor)> receipts, bool killAfterFirst)
    {
        using var stripe = Client("localhost");
        using var desk = Client("bat-trang.localhost");
        await desk.SignedInAs($"export@bat-trang.craftmarket.local");
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sends = new List<Func<Task<HttpResponseMessage>>>();
        foreach (var payload in events)
            for (var i = 0; i < 20; i++) sends.Add(() => StripeEvents.DeliverAsync(stripe, payload));
        foreach (var (key, minor) in receipts)
            sends.Add(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{orderId}/payments")
                {
                    Content = JsonContent.Create(new { amount = new { currency, minorUnits = minor }, receivedOn = today, reference = "VCB " + key, purpose = "Balance" }),
                };
                request.Headers.Add("Idempotency-Key", key);
                return desk.SendAsync(request);
            });

        var ok = 0;
        if (!killAfterFirst)
        {
            // Retries come one after another, as a client's retry loop sends them; all must now be answered 2xx.
            foreach (var send in sends)
            {
                var response = await send();
                ((int)response.StatusCode).ShouldBeInRange(200, 299, await response.Content.ReadAsStringAsync());
                ok++;
            }
            return ok;
        }
        var first = new TaskCompletionSource();
        var tasks = sends.OrderBy(_ => Random.Shared.Next()).Select(async send =>
        {
            try
            {
                var response = await send();
                if (response.IsSuccessStatusCode) Interlocked.Increment(ref ok);   // a 409 from two at once is retried below
            }
            catch (HttpRequestException) { /* the process died under it */ }
            catch (TaskCanceledException) { }
            first.TrySetResult();
        }).ToList();
        await first.Task;
        await site.KillAsync();
        await Task.WhenAll(tasks);
        return ok;
    }

    private HttpClient Client(string host) => site.Client(host);

    private Task StartSite() => site.StartAsync();

    private long Scalar(string sql) => site.Scalar(sql);

    public void Dispose() => site.Dispose();
}
