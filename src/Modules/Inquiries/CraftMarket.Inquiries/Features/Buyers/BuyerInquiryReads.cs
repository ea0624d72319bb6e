using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>
/// The buyer's and the desk's read of one inquiry, and the buyer's list in this village. Internal
/// notes are filtered in the query for the buyer (never fetched, so no page or serializer can leak
/// them); members' shares and prices are not read at all.
/// </summary>
internal sealed class BuyerInquiryReads(InquiriesDb db, ICatalogue catalogue, ITenantDirectory tenants, TimeProvider clock)
{
    /// <summary>The most recent inquiries a list shows; older ones stay reachable by their link.</summary>
    public const int ListMax = 200;

    public async Task<InquiryDetailDto?> DetailAsync(InquiryId id, CurrentActor actor, string language, CancellationToken ct)
    {
        if (await InquiryAccess.FindAsync(db, id, actor, tracked: false, ct) is not ({ } inquiry, var reader)) return null;
        var staff = reader == InquiryReader.Desk;

        var messages = db.Messages.AsNoTracking().Where(m => m.InquiryId == id);
        if (!staff) messages = messages.Where(m => !m.IsInternal);
        var thread = await messages.OrderBy(m => m.At).ThenBy(m => m.Id)
            .Select(m => new ThreadEntryDto(m.Id, m.Author.ToString(), m.AuthorName, m.Body, m.IsInternal, m.At))
            .ToListAsync(ct);

        var quotes = await db.Quotes.AsNoTracking().Where(q => q.InquiryId == id).OrderBy(q => q.Version).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var names = (await catalogue.NamesAsync([.. inquiry.Lines.Select(l => l.ProductId).Distinct()], ct)).ToDictionary(n => n.Id);
        var village = tenants.FindById(inquiry.TenantId);

        return new InquiryDetailDto(
            inquiry.Id.Value, inquiry.Number, inquiry.Status, inquiry.CreatedAt, inquiry.UpdatedAt, inquiry.RequiredBy,
            inquiry.Incoterm, inquiry.DestinationPort, inquiry.DestinationCountry, inquiry.Packaging, inquiry.Labelling,
            inquiry.WantsMarkedGoods, inquiry.SampleRequested, inquiry.Notes,
            [.. inquiry.Lines.OrderBy(l => l.Position).Select(l =>
            {
                var name = names.TryGetValue(l.ProductId, out var n) ? LanguageFallback.Pick(n.Name, language) : null;
                return new InquiryLineDto(l.Id.Value, l.ProductId.Value, name?.Text, name?.Language, l.VariantSku, l.Quantity, l.TargetUnitPrice) { Unit = l.Unit };
            })],
            [.. inquiry.Attachments.Select(a => new InquiryAttachmentDto(a.FileId, a.FileName, a.ContentType, a.Bytes,
                $"/api/inquiries/{inquiry.Id}/attachments/{a.FileId}"))],
            thread,
            [.. quotes.Select(q => Version(q, now))],
            VillageName(village, language),
            village?.Slug ?? "",
            inquiry.Revision,
            staff
                ? new DeskView(inquiry.AssigneeUserId, inquiry.AssigneeName,
                    new BuyerContactDto(inquiry.Buyer.UserId, inquiry.Buyer.Name, inquiry.Buyer.Email, inquiry.Buyer.Company, inquiry.Buyer.Language),
                    inquiry.Source)
                : null);
    }

    /// <summary>The signed-in buyer's inquiries in the current association, most recently changed first.</summary>
    public async Task<IReadOnlyList<MyInquiryDto>> MineAsync(CurrentActor actor, string language, CancellationToken ct)
    {
        if (actor.UserId is not { } user || !actor.HasTenant) return [];
        var rows = await db.Inquiries.AsNoTracking()
            .Where(i => i.Buyer.UserId == user)
            .OrderByDescending(i => i.UpdatedAt).Take(ListMax)
            .Select(i => new MyRow(i.TenantId, i.Id, i.Number, i.Status, i.CreatedAt, i.UpdatedAt, i.Lines.Count))
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var open = await db.Quotes.AsNoTracking().Where(q => ids.Contains(q.InquiryId) && q.Status == QuoteStatus.Sent).ToListAsync(ct);
        return List(rows, open, language, _ => "");
    }

    /// <summary>Rows to list items; <paramref name="siteOf"/> gives the site each village's links start with.</summary>
    public IReadOnlyList<MyInquiryDto> List(IReadOnlyList<MyRow> rows, IReadOnlyList<Quote> sentQuotes, string language,
        Func<ResolvedTenant, string> siteOf)
    {
        var now = clock.GetUtcNow();
        var openByInquiry = sentQuotes.Where(q => q.IsAcceptableAt(now))
            .GroupBy(q => q.InquiryId).ToDictionary(g => g.Key, g => g.MaxBy(q => q.Version)!);
        var items = new List<MyInquiryDto>(rows.Count);
        foreach (var r in rows)
        {
            // A suspended village's inquiries are not shown: its site answers nothing.
            if (tenants.FindById(r.TenantId) is not { IsActive: true } village) continue;
            var quote = openByInquiry.TryGetValue(r.Id, out var q) ? new OpenQuoteDto(q.Id.Value, q.Version, q.Total, q.ValidUntil) : null;
            items.Add(new MyInquiryDto(r.Id.Value, r.Number, VillageName(village, language), village.Slug, r.Status, r.CreatedAt, r.UpdatedAt,
                r.Lines, quote, $"{siteOf(village)}/account/inquiries/{r.Id}"));
        }
        return items;
    }

    public QuoteVersionDto Version(Quote q, DateTimeOffset now)
    {
        var status = q.Status == QuoteStatus.Sent && !q.IsAcceptableAt(now) ? QuoteStatus.Expired : q.Status;
        return new QuoteVersionDto(q.Id.Value, q.Version, status.ToString(), q.Total, q.ValidUntil, q.CreatedAt, q.IsAcceptableAt(now),
            $"/account/quotes/{q.Id}", $"/api/quotes/{q.Id}/pdf");
    }

    /// <summary>The association's name for a reader: Vietnamese for a Vietnamese reader, English for everyone else.</summary>
    public static string VillageName(ResolvedTenant? village, string language) =>
        village is null ? "" : language == LanguageFallback.Vietnamese ? village.NameVi : village.NameEn;
}

/// <summary>What a list needs of one inquiry row (read in one association or, on the platform host, across them).</summary>
internal sealed record MyRow(CraftMarket.SharedKernel.Tenancy.TenantId TenantId, InquiryId Id, string Number, InquiryStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Lines);
