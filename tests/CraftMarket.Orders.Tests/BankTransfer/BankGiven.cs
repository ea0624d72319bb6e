using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.Orders.Tests.Support;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;

namespace CraftMarket.Orders.Tests.BankTransfer;

/// <summary>Receipts, refunds and proofs as the desk sends them, and what the tests read back.</summary>
internal static class BankGiven
{
    public static DateOnly Today => VietnamDate.Today(DateTimeOffset.UtcNow);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object Receipt(long minor, string currency = "USD", DateOnly? on = null, string? reference = null, long? amountVnd = null,
        string? purpose = null, Guid? proof = null) =>
        new
        {
            amount = new { currency, minorUnits = minor },
            receivedOn = Iso(on ?? Today),
            reference = reference ?? "TT" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            amountVnd,
            purpose,
            note = "Vietcombank statement",
            proofFileId = proof,
        };

    public static async Task<HttpResponseMessage> PostReceiptAsync(HttpClient desk, Guid orderId, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{orderId}/payments") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await desk.SendAsync(request);
    }

    /// <summary>Records a receipt that must succeed; answers the response body.</summary>
    public static async Task<JsonElement> RecordAsync(HttpClient desk, Guid orderId, object body)
    {
        var response = await PostReceiptAsync(desk, orderId, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static long Minor(JsonElement money) => money.GetProperty("minorUnits").GetInt64();

    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    /// <summary>The ledger postings of one order, oldest first.</summary>
    public static async Task<List<LedgerTransaction>> PostingsAsync(OrdersSite site, GivenOrder order)
    {
        await using var scope = site.ScopeFor(order.Slug);
        var postings = await OrdersSite.Db(scope).Transactions.AsNoTracking().Where(t => t.OrderId == new OrderId(order.Id)).ToListAsync();
        return [.. postings.OrderBy(t => t.At)];
    }

    public static async Task<List<Payment>> PaymentsAsync(OrdersSite site, GivenOrder order)
    {
        await using var scope = site.ScopeFor(order.Slug);
        return await OrdersSite.Db(scope).Payments.AsNoTracking().Where(p => p.OrderId == new OrderId(order.Id)).ToListAsync();
    }

    /// <summary>A real one-page PDF, written by PDFsharp.</summary>
    public static byte[] Pdf()
    {
        using var document = new PdfDocument();
        document.Info.Title = "Bank statement";
        document.AddPage();
        using var buffer = new MemoryStream();
        document.Save(buffer);
        return buffer.ToArray();
    }

    public static MultipartFormDataContent File(string name, byte[] bytes, string type, string field = "file")
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(part, field, name);
        return form;
    }
}
