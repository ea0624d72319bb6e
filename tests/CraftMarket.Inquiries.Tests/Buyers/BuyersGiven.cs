using System.Net;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.Media.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Tests.Buyers;

/// <summary>
/// What the buyer tests write straight to the database around an inquiry from <see cref="TradeGiven"/>:
/// the buyer's language and address, thread entries, quote versions, and events as the other parts
/// raise them. Every text carries a fresh marker, so a test finds its own rows and mails only.
/// </summary>
internal static class BuyersGiven
{
    public static string Marker(string what) => $"{what}-{Guid.NewGuid():N}"[..(what.Length + 13)];

    /// <summary>A fresh inquiry by the signed-in <paramref name="buyer"/>, with its contact language and a unique e-mail address.</summary>
    public static async Task<GivenInquiry> InquiryAsync(InquiriesSite app, string slug, HttpClient buyer, string language = "en",
        InquiryStatus status = InquiryStatus.New, string? email = null)
    {
        var given = await TradeGiven.InquiryAsync(app, slug, await InquiriesSite.UserIdOf(buyer), status: status,
            buyerEmail: email ?? $"{Marker("buyer")}@buyers.example");
        if (language == "en") return given;
        await using var scope = app.ScopeFor(slug);
        var db = InquiriesSite.Db(scope);
        var inquiry = await db.Inquiries.SingleAsync(i => i.Id == new InquiryId(given.Id));
        // The buyer's contact is copied from the account when sending; only its language differs here.
        typeof(Inquiry).GetProperty(nameof(Inquiry.Buyer))!.SetValue(inquiry, inquiry.Buyer with { Language = language });
        await db.SaveChangesAsync();
        return given;
    }

    /// <summary>Keeps a small PDF through Media for the village and, unless <paramref name="attach"/> is false, lists it on the inquiry.</summary>
    public static async Task<Guid> AttachmentAsync(InquiriesSite app, GivenInquiry given, string content, bool attach = true)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var files = scope.ServiceProvider.GetRequiredService<IPrivateFiles>();
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% {content}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        var stored = await files.StoreAsync("inquiries.attachment", "spec-sheet.pdf", new MemoryStream(pdf), CancellationToken.None);
        stored.IsSuccess.ShouldBeTrue(stored.Error?.Message);
        if (!attach) return stored.Value!.Id.Value;
        var db = InquiriesSite.Db(scope);
        var inquiry = await db.Inquiries.SingleAsync(i => i.Id == new InquiryId(given.Id));
        inquiry.Attachments.Add(new InquiryAttachment(stored.Value!.Id.Value, "spec-sheet.pdf", stored.Value.ContentType, stored.Value.Length));
        await db.SaveChangesAsync();
        return stored.Value.Id.Value;
    }

    public static async Task<string> EmailOfAsync(InquiriesSite app, GivenInquiry given) => (await TradeGiven.ReadAsync(app, given)).Buyer.Email;

    /// <summary>A thread entry as the desk (or buyer) wrote it; <paramref name="change"/> raises the event the writer would.</summary>
    public static async Task MessageAsync(InquiriesSite app, GivenInquiry given, string body, bool isInternal,
        MessageAuthor author = MessageAuthor.Desk, InquiryChange? change = null, string? thenNote = null)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = InquiriesSite.Db(scope);
        var inquiry = await db.Inquiries.SingleAsync(i => i.Id == new InquiryId(given.Id));
        var at = DateTimeOffset.UtcNow.AddMilliseconds(-50);
        db.Messages.Add(new InquiryMessage(inquiry.TenantId, inquiry.Id, author, author == MessageAuthor.Buyer ? given.BuyerUserId : null,
            author == MessageAuthor.Buyer ? inquiry.Buyer.Name : "Nguyễn Thị Xuất", body, isInternal, at));
        // An internal note the desk adds right after, before the event is raised: the latest entry, never the buyer's to read.
        if (thenNote is not null)
            db.Messages.Add(new InquiryMessage(inquiry.TenantId, inquiry.Id, MessageAuthor.Desk, null, "Nguyễn Thị Xuất", thenNote, true, at.AddMilliseconds(25)));
        if (change is { } c) db.Changed(inquiry, c, TimeProvider.System);
        await db.SaveChangesAsync();
    }

    /// <summary>A quote version of <paramref name="totalCents"/> US cents, valid for <paramref name="validDays"/> (negative: already past).</summary>
    public static async Task<Guid> QuoteAsync(InquiriesSite app, GivenInquiry given, int version, long totalCents, int validDays = 30,
        QuoteStatus status = QuoteStatus.Sent, bool announce = false)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = InquiriesSite.Db(scope);
        var inquiry = await db.Inquiries.SingleAsync(i => i.Id == new InquiryId(given.Id));
        var now = DateTimeOffset.UtcNow;
        var quote = new Quote(inquiry.TenantId, inquiry.Id, version, Currency.Of("USD"), now)
        {
            Status = status,
            TotalMinor = totalCents,
            ValidUntil = VietnamCalendar.Today(now).AddDays(validDays),
            DeliveryDate = inquiry.RequiredBy,
            Incoterm = inquiry.Incoterm,
            DepositBasisPoints = 3000,
            BalanceTerms = "Balance by T/T before shipment",
            SellerName = "Bat Trang Ceramics Association",
        };
        quote.Lines.Add(new QuoteLine(new InquiryLineId(given.LineId), new Catalogue.Contracts.ProductId(given.ProductId), null, "Test line",
            given.Quantity, totalCents / given.Quantity, totalCents));
        db.Quotes.Add(quote);
        if (announce)
        {
            inquiry.Status = InquiryStatus.Quoted;
            inquiry.Touch(now);
            db.Changed(inquiry, InquiryChange.QuoteSent, TimeProvider.System, version);
        }
        await db.SaveChangesAsync();
        return quote.Id.Value;
    }

    public static async Task<QuoteStatus> QuoteStatusAsync(InquiriesSite app, GivenInquiry given, Guid quoteId)
    {
        await using var scope = app.ScopeFor(given.Slug);
        return await InquiriesSite.Db(scope).Quotes.Where(q => q.Id == new QuoteId(quoteId)).Select(q => q.Status).SingleAsync();
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
