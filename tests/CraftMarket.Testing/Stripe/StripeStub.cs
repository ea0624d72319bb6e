using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Shouldly;

namespace CraftMarket.Testing.Stripe;

/// <summary>One request Stripe's API received: its method, path, headers and form fields (Stripe.net posts form-encoded bodies).</summary>
public sealed record StripeRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Form)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    public string? Field(string name) => Form.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// Stripe's API on loopback (Kestrel in the test process), started once per test run before the site
/// (the site's settings name its port). It answers like Stripe from the recorded objects under
/// Recorded/ (checkout.session, payment_intent, refund, list, error), keeps each object's current
/// state, honours idempotency keys as Stripe does (same key, same answer), and records every request so
/// tests assert amounts, currencies, idempotency keys and metadata. Tests move objects on as a buyer
/// paying or Stripe refunding would (<see cref="PayCheckout"/>, <see cref="SucceedRefund"/>).
/// </summary>
public sealed class StripeStub
{
    public const string SecretKey = "sk_test_51CraftMarketStubKey000000000000000000000000000000";
    public const string WebhookSecret = "whsec_craftmarket_test_endpoint_secret_0001";

    private static readonly Lazy<StripeStub> shared = new(() => StartAsync().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The stub of this test run (started on first use).</summary>
    public static StripeStub Shared => shared.Value;

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, JsonObject> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> intents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> refunds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> intentMetadata = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Status, string Body)> idempotent = new(StringComparer.Ordinal);
    private readonly object gate = new();

    private StripeStub(WebApplication app) => this.app = app;

    public ConcurrentQueue<StripeRequest> Requests { get; } = new();

    /// <summary>The status a new refund has ("pending" as card refunds usually start, or "succeeded").</summary>
    public string NewRefundStatus { get; set; } = "pending";

    public string ApiBase => app.Urls.First();

    private static async Task<StripeStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new StripeStub(builder.Build());
        stub.app.Run(stub.AnswerAsync);
        await stub.app.StartAsync();
        return stub;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        var request = await RecordAsync(http);
        var (status, body) = Route(request);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        http.Response.Headers["Request-Id"] = "req_" + Guid.NewGuid().ToString("N")[..14];
        await http.Response.WriteAsync(body);
    }

    private (int Status, string Body) Route(StripeRequest r)
    {
        var segments = r.Path.Trim('/').Split('/');
        lock (gate)
        {
            if (r.Method == "POST" && r.Header("Idempotency-Key") is { } key && idempotent.TryGetValue(r.Path + " " + key, out var earlier)) return earlier;
            var answer = (r.Method, segments) switch
            {
                ("POST", ["v1", "checkout", "sessions"]) => (200, CreateSession(r).ToJsonString()),
                ("GET", ["v1", "checkout", "sessions", var id]) => Found(sessions, id),
                ("GET", ["v1", "payment_intents", var id]) => Found(intents, id),
                ("POST", ["v1", "refunds"]) => CreateRefund(r),
                ("GET", ["v1", "refunds", var id]) => Found(refunds, id),
                ("GET", ["v1", "refunds"]) => (200, RefundList(r).ToJsonString()),
                _ => (404, Missing(r.Path)),
            };
            if (r.Method == "POST" && r.Header("Idempotency-Key") is { } k) idempotent[r.Path + " " + k] = answer;
            return answer;
        }
    }

    private JsonObject CreateSession(StripeRequest r)
    {
        var session = Recorded.Load("checkout_session.json");
        var id = "cs_test_" + Token(56);
        var unit = long.Parse(r.Field("line_items[0][price_data][unit_amount]")!, CultureInfo.InvariantCulture);
        var quantity = long.Parse(r.Field("line_items[0][quantity]") ?? "1", CultureInfo.InvariantCulture);
        session["id"] = id;
        session["amount_subtotal"] = unit * quantity;
        session["amount_total"] = unit * quantity;
        session["currency"] = r.Field("line_items[0][price_data][currency]");
        session["client_reference_id"] = r.Field("client_reference_id");
        session["customer_email"] = r.Field("customer_email");
        session["success_url"] = r.Field("success_url");
        session["cancel_url"] = r.Field("cancel_url");
        session["locale"] = r.Field("locale");
        session["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (r.Field("expires_at") is { } expires) session["expires_at"] = long.Parse(expires, CultureInfo.InvariantCulture);
        session["metadata"] = MapOf(r, "metadata");
        session["url"] = "https://checkout.stripe.com/c/pay/" + id + "#fidkdWxOYHwnPyd1blpxYHZxWjA0";
        sessions[id] = session;
        intentMetadata[id] = MapOf(r, "payment_intent_data[metadata]");
        return session;
    }

    private (int, string) CreateRefund(StripeRequest r)
    {
        var intentId = r.Field("payment_intent");
        if (intentId is null || !intents.TryGetValue(intentId, out var intent)) return (404, Missing(intentId ?? "payment_intent"));
        var refund = Recorded.Load("refund.json");
        var id = "re_" + Token(24);
        refund["id"] = id;
        refund["amount"] = r.Field("amount") is { } amount ? long.Parse(amount, CultureInfo.InvariantCulture) : intent["amount_received"]!.GetValue<long>();
        refund["currency"] = intent["currency"]!.GetValue<string>();
        refund["payment_intent"] = intentId;
        refund["charge"] = intent["latest_charge"]!.GetValue<string>();
        refund["metadata"] = MapOf(r, "metadata");
        refund["status"] = NewRefundStatus;
        refund["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        refunds[id] = refund;
        return (200, refund.ToJsonString());
    }

    private JsonObject RefundList(StripeRequest r)
    {
        var list = Recorded.Load("list.json");
        var intent = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(r.Query).TryGetValue("payment_intent", out var pi) ? pi.ToString() : null;
        var data = new JsonArray();
        foreach (var refund in refunds.Values.Where(x => intent is null || string.Equals(x["payment_intent"]?.GetValue<string>(), intent, StringComparison.Ordinal))
                     .OrderByDescending(x => x["created"]!.GetValue<long>()))
            data.Add(refund.DeepClone());
        list["data"] = data;
        return list;
    }

    /// <summary>The buyer paid on Stripe's page: the session completes and its PaymentIntent succeeds (with the metadata the site gave it).</summary>
    public (JsonObject Session, JsonObject Intent) PayCheckout(string sessionId)
    {
        lock (gate)
        {
            var session = sessions[sessionId];
            var intent = Recorded.Load("payment_intent.json");
            var id = "pi_" + Token(24);
            intent["id"] = id;
            intent["amount"] = session["amount_total"]!.GetValue<long>();
            intent["amount_received"] = session["amount_total"]!.GetValue<long>();
            intent["currency"] = session["currency"]!.GetValue<string>();
            intent["latest_charge"] = "ch_" + Token(24);
            intent["metadata"] = intentMetadata[sessionId].DeepClone();
            intent["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            intents[id] = intent;
            session["payment_intent"] = id;
            session["status"] = "complete";
            session["payment_status"] = "paid";
            return (Snapshot(session), Snapshot(intent));
        }
    }

    /// <summary>The checkout ran out of time unpaid.</summary>
    public JsonObject ExpireCheckout(string sessionId)
    {
        lock (gate)
        {
            var session = sessions[sessionId];
            session["status"] = "expired";
            session["url"] = null;
            return Snapshot(session);
        }
    }

    /// <summary>Stripe finished a refund: the refund succeeds; answers the refund and its charge (refunded) as a charge.refunded event carries them.</summary>
    public (JsonObject Refund, JsonObject Charge) SucceedRefund(string refundId)
    {
        lock (gate)
        {
            var refund = refunds[refundId];
            refund["status"] = "succeeded";
            var intent = intents[refund["payment_intent"]!.GetValue<string>()];
            var charge = Recorded.Load("charge.json");
            var refunded = refunds.Values.Where(r => r["payment_intent"]!.GetValue<string>() == intent["id"]!.GetValue<string>()
                && r["status"]!.GetValue<string>() == "succeeded").Sum(r => r["amount"]!.GetValue<long>());
            charge["id"] = intent["latest_charge"]!.GetValue<string>();
            charge["amount"] = intent["amount_received"]!.GetValue<long>();
            charge["amount_captured"] = intent["amount_received"]!.GetValue<long>();
            charge["amount_refunded"] = refunded;
            charge["refunded"] = refunded == intent["amount_received"]!.GetValue<long>();
            charge["currency"] = intent["currency"]!.GetValue<string>();
            charge["payment_intent"] = intent["id"]!.GetValue<string>();
            charge["metadata"] = intent["metadata"]!.DeepClone();
            return (Snapshot(refund), charge);
        }
    }

    public JsonObject Session(string id) { lock (gate) return Snapshot(sessions[id]); }

    public JsonObject Intent(string id) { lock (gate) return Snapshot(intents[id]); }

    /// <summary>Requests to <paramref name="path"/> (e.g. "/v1/refunds") whose form has <paramref name="field"/> = <paramref name="value"/>.</summary>
    public IReadOnlyList<StripeRequest> RequestsTo(string method, string path, string field, string value) =>
        Requests.Where(r => r.Method == method && r.Path == path && string.Equals(r.Field(field), value, StringComparison.Ordinal)).ToList();

    /// <summary>Waits (polling, up to 30 s) until a request matching <paramref name="match"/> arrived.</summary>
    public async Task<StripeRequest> WaitForAsync(Func<StripeRequest, bool> match)
    {
        for (var i = 0; i < 600; i++)
        {
            if (Requests.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(50);
        }
        throw new ShouldAssertException("Stripe's API stub did not receive the expected request.");
    }

    private async Task<StripeRequest> RecordAsync(HttpContext http)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        if (http.Request.HasFormContentType)
            foreach (var (k, v) in await http.Request.ReadFormAsync()) form[k] = v.ToString();
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new StripeRequest(http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? "", headers, form);
        Requests.Enqueue(request);
        return request;
    }

    private static (int, string) Found(ConcurrentDictionary<string, JsonObject> objects, string id) =>
        objects.TryGetValue(id, out var found) ? (200, found.ToJsonString()) : (404, Missing(id));

    private static string Missing(string id)
    {
        var error = Recorded.Load("error_resource_missing.json");
        error["error"]!["message"] = $"No such object: '{id}'";
        return error.ToJsonString();
    }

    /// <summary>Stripe's form encoding of a map (<c>metadata[key]=value</c>) read back as an object.</summary>
    private static JsonObject MapOf(StripeRequest r, string prefix)
    {
        var map = new JsonObject();
        foreach (var (key, value) in r.Form)
            if (key.StartsWith(prefix + "[", StringComparison.Ordinal) && key.EndsWith(']') && key.IndexOf('[', prefix.Length + 1) < 0)
                map[key[(prefix.Length + 1)..^1]] = value;
        return map;
    }

    private static JsonObject Snapshot(JsonObject o) => (JsonObject)o.DeepClone();

    private static string Token(int length) =>
        string.Concat(Enumerable.Range(0, (length + 31) / 32).Select(_ => Guid.NewGuid().ToString("N")))[..length];
}

/// <summary>The recorded Stripe objects (Recorded/*.json, written from Stripe's API reference), read from the source tree.</summary>
public static class Recorded
{
    private static readonly Lazy<string> folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "CraftMarket.Testing", "Stripe", "Recorded");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/CraftMarket.Testing/Stripe/Recorded not found above " + AppContext.BaseDirectory);
    });

    public static JsonObject Load(string file) => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Value, file)))!;
}
