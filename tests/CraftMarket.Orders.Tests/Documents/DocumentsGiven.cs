using System.Net;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CraftMarket.Orders.Tests.Documents;

/// <summary>Reading the documents back as a buyer's importer would (text extraction), and shaping a given order for them.</summary>
internal static class DocumentsGiven
{
    /// <summary>The PDF's text without white space, composed (NFC), so a test asserts on words regardless of layout.</summary>
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Normalize(System.Text.NormalizationForm.FormC);

    public static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squash(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    public static async Task<byte[]> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<string> TextAsync(HttpClient client, GivenOrder order, string kind) =>
        TextOf(await PdfAsync(client, $"/api/orders/{order.Id}/documents/{kind}"));

    /// <summary>Changes the stored order as other parts would have (state, payments, language, shipment).</summary>
    public static async Task ChangeAsync(OrdersSite app, GivenOrder given, Action<Order> change)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = OrdersSite.Db(scope);
        var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
        change(order);
        await db.SaveChangesAsync();
    }

    /// <summary>The buyer's language, which the documents are written in (the order keeps it from the accepted quote).</summary>
    public static Task SpeaksAsync(OrdersSite app, GivenOrder given, string language) =>
        ChangeAsync(app, given, o => o.Language = language);
}
