using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Tests.Support;

/// <summary>An inquiry as a test needs it, with the ids a test asserts on.</summary>
public sealed record GivenInquiry(Guid Id, string Number, Guid LineId, Guid ProductId, int Quantity, Guid BuyerUserId, string Slug);

/// <summary>
/// Trade records written straight to the database, for tests of what comes after sending (the desk,
/// allocation, offers, quotes): an inquiry from a buyer for a published demo product of the village
/// that has makers, in whole cases above its MOQ, due well after its lead time. Each call makes a
/// new inquiry, so tests never share state; <paramref name="product"/> picks the product by position.
/// </summary>
public static class TradeGiven
{
    internal static async Task<GivenInquiry> InquiryAsync(InquiriesSite site, string slug, Guid buyerUserId, int product = 0,
        int? quantity = null, InquiryStatus status = InquiryStatus.New, string buyerEmail = DemoBuyers.Homeware,
        bool wantsMarkedGoods = false, int daysAhead = 120, SharedKernel.Trade.UnitOfSale? unit = null)
    {
        var chosen = await PublishedProductAsync(site, slug, product, unit);
        var qty = quantity ?? RoundUp(Math.Max(chosen.MinimumOrderQuantity, 600), Math.Max(1, chosen.OrderMultiple));

        await using var scope = site.ScopeFor(slug);
        var db = InquiriesSite.Db(scope);
        var now = DateTimeOffset.UtcNow;
        var unique = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var inquiry = new Inquiry(db.Tenant, InquiryId.New(), "T-" + unique,
            new BuyerContact(buyerUserId, "Test Buyer " + unique, buyerEmail, "Test Imports " + unique, "en"), InquirySource.Village, now)
        {
            Status = status,
            RequiredBy = VietnamCalendar.Today(now).AddDays(Math.Max(daysAhead, chosen.LeadTimeDays + 30)),
            Incoterm = Incoterm.FOB,
            DestinationCountry = "JP",
            WantsMarkedGoods = wantsMarkedGoods,
        };
        // As the sender does: the line keeps the product's unit as it was when the buyer asked.
        var line = new InquiryLine(InquiryLineId.New(), 0, chosen.Id, null, qty, null, chosen.Unit);
        inquiry.Lines.Add(line);
        db.Inquiries.Add(inquiry);
        await db.SaveChangesAsync();
        return new GivenInquiry(inquiry.Id.Value, inquiry.Number, line.Id.Value, chosen.Id.Value, qty, buyerUserId, slug);
    }

    /// <summary>A published demo product of the village with at least one maker, by position (ordered by id).</summary>
    internal static async Task<PublishedProduct> PublishedProductAsync(InquiriesSite site, string slug, int product = 0, SharedKernel.Trade.UnitOfSale? unit = null)
    {
        await using var scope = site.ScopeFor(slug);
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
        var published = new List<PublishedProduct>();
        await foreach (var p in catalogue.PublishedAsync(CancellationToken.None))
            if (p.Makers.Count > 0 && (unit is null || p.Unit == unit)) published.Add(p);
        return published.OrderBy(p => p.Id.Value).ElementAt(product % published.Count);
    }

    /// <summary>Reads an inquiry back with its lines, untracked.</summary>
    internal static async Task<Inquiry> ReadAsync(InquiriesSite site, GivenInquiry given)
    {
        await using var scope = site.ScopeFor(given.Slug);
        return await InquiriesSite.Db(scope).Inquiries.AsNoTracking().SingleAsync(i => i.Id == new InquiryId(given.Id));
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;
}
