using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Media.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Desk;

/// <summary>One line as the desk reads it: what the catalogue says of the product now (MOQ, case size, lead time), if it is still published.</summary>
internal sealed record DeskLine(
    Guid LineId, Guid ProductId, string ProductName, string? VariantSku, string? VariantText, int Quantity, string? TargetUnitPrice,
    int? MinimumOrderQuantity, int? CaseSize, int? LeadTimeDays, bool Published,
    SharedKernel.Trade.UnitOfSale Unit, SharedKernel.Trade.UnitOfSale ProductUnit)
{
    public bool BelowMinimum => MinimumOrderQuantity is { } moq && Quantity < moq;
    public bool NotWholeCases => CaseSize is > 1 and { } size && Quantity % size != 0;
}

/// <summary>The inquiry page's contents: the inquiry, its lines, its thread with internal notes, and whom it may be assigned to.</summary>
internal sealed record DeskInquiry(
    Inquiry Inquiry, IReadOnlyList<DeskLine> Lines, IReadOnlyList<MessageDto> Thread, IReadOnlyList<StaffAccount> Desk,
    int Shares, int Quotes);

/// <summary>Reads one inquiry for the export desk's page (not found for another association's id).</summary>
internal sealed class DeskInquiryView(InquiriesDb db, ICatalogue catalogue, IAssociationStaff staff, IPrivateFiles files)
{
    public async Task<DeskInquiry?> FindAsync(InquiryId id, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsDesk()) return null;
        if (await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return null;

        var ids = inquiry.Lines.Select(l => l.ProductId).Distinct().ToList();
        var published = (await catalogue.FindPublishedAsync(ids, ct)).ToDictionary(p => p.Id);
        var names = (await catalogue.NamesAsync(ids, ct)).ToDictionary(n => n.Id);
        var lines = inquiry.Lines.OrderBy(l => l.Position).Select(l =>
        {
            var product = published.GetValueOrDefault(l.ProductId);
            var variant = product?.Variants.FirstOrDefault(v => string.Equals(v.Sku, l.VariantSku, StringComparison.OrdinalIgnoreCase));
            var name = product?.Name ?? names.GetValueOrDefault(l.ProductId)?.Name;
            return new DeskLine(l.Id.Value, l.ProductId.Value, NameOf(name) ?? l.ProductId.ToString(), l.VariantSku,
                variant is null ? null : string.Join(" · ", new[] { variant.Size, variant.Colour }.Where(v => !string.IsNullOrWhiteSpace(v))),
                l.Quantity, l.TargetUnitPrice?.ToString(), product?.MinimumOrderQuantity, product?.OrderMultiple, product?.LeadTimeDays, product is not null,
                l.Unit, product?.Unit ?? l.Unit);
        }).ToList();

        var thread = await db.Messages.AsNoTracking().Where(m => m.InquiryId == id).OrderBy(m => m.At).ThenBy(m => m.Id)
            .Take(ThreadMessages.MaxShown).ToListAsync(ct);
        var desk = (await staff.ListAsync(ct)).Where(s => s.IsDesk).ToList();
        var shares = await db.Shares.CountAsync(s => s.InquiryId == id, ct);
        var quotes = await db.Quotes.CountAsync(q => q.InquiryId == id, ct);
        return new DeskInquiry(inquiry, lines, [.. thread.Select(MessageDto.From)], desk, shares, quotes);
    }

    /// <summary>A buyer's attachment of this inquiry (only files the inquiry lists), for the desk.</summary>
    public async Task<FileContent?> AttachmentAsync(InquiryId id, Guid fileId, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsDesk()) return null;
        var inquiry = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (inquiry is null || inquiry.Attachments.All(a => a.FileId != fileId)) return null;
        return await files.OpenAsync(new FileId(fileId), ct);
    }

    /// <summary>Vietnamese first (the desk's language), then English, then any.</summary>
    private static string? NameOf(IReadOnlyDictionary<string, string>? name) =>
        name is null ? null : name.GetValueOrDefault("vi") ?? name.GetValueOrDefault("en") ?? name.Values.FirstOrDefault();
}
