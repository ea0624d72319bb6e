using System.Globalization;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Media.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>
/// Reads of offers: a household's own (never another's, never a share not yet sent, never the
/// buyer), and an inquiry's shares for the desk with the members' names and answers.
/// </summary>
internal sealed class OfferReads(InquiriesDb db, ICatalogue catalogue, IProductPhotos photos, IMemberDirectory members, TimeProvider clock)
{
    /// <summary>Waiting ones first, soonest deadline first; then the answered, latest first.</summary>
    public async Task<IReadOnlyList<HouseholdOffer>> MineAsync(CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsProducerFor(out var member)) return [];
        var shares = await db.Shares.AsNoTracking()
            .Where(s => s.MemberId == member && s.Status != ShareStatus.Proposed && s.OfferedAt != null).ToListAsync(ct);
        var offers = await ViewAsync(shares, ct);
        return [.. offers.OrderByDescending(o => o.Offer.CanAnswer)
            .ThenBy(o => o.Offer.CanAnswer ? o.Offer.Deadline : null)
            .ThenByDescending(o => o.Offer.AnsweredAt ?? o.Offer.OfferedAt)];
    }

    /// <summary>One of the household's offers; null for another household's, an unknown id or a share not yet sent.</summary>
    public async Task<HouseholdOffer?> OneAsync(ShareId id, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsProducerFor(out var member)) return null;
        var share = await db.Shares.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == id && s.MemberId == member && s.Status != ShareStatus.Proposed && s.OfferedAt != null, ct);
        return share is null ? null : (await ViewAsync([share], ct)).SingleOrDefault();
    }

    public async Task<Result<InquiryOffers>> ForDeskAsync(InquiryId id, CurrentActor actor, CancellationToken ct)
    {
        if (!(actor.IsExportDesk || actor.IsAssociationAdmin)) return Error.NotFound("inquiry");
        if (await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return Error.NotFound("inquiry");
        var shares = await db.Shares.AsNoTracking().Where(s => s.InquiryId == id).ToListAsync(ct);
        var names = (await members.MakersAsync([.. shares.Select(s => s.MemberId).Distinct()], ct)).ToDictionary(m => m.Id, m => m.DisplayName);
        var lines = inquiry.Lines.ToDictionary(l => l.Id, l => l.Position);
        return new InquiryOffers(inquiry.Id.Value, inquiry.Number, [.. shares
            .OrderBy(s => lines.GetValueOrDefault(s.LineId)).ThenBy(s => names.GetValueOrDefault(s.MemberId, ""), StringComparer.Ordinal)
            .Select(s => new InquiryOfferDto(s.Id.Value, s.LineId.Value, s.ProductId.Value, s.MemberId.Value, names.GetValueOrDefault(s.MemberId, "?"),
                s.Quantity, s.DueOn, s.Status, s.MemberUnitPriceDong, s.OfferedAt, s.Deadline, s.ReminderSentAt, s.AnsweredAt,
                s.CounterQuantity, s.CounterDueOn, s.AnswerNote))]);
    }

    private async Task<IReadOnlyList<HouseholdOffer>> ViewAsync(List<Share> shares, CancellationToken ct)
    {
        if (shares.Count == 0) return [];
        var now = clock.GetUtcNow();
        var inquiryIds = shares.Select(s => s.InquiryId).Distinct().ToList();
        var inquiries = await db.Inquiries.AsNoTracking().Where(i => inquiryIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var productIds = shares.Select(s => s.ProductId).Distinct().ToList();
        var published = (await catalogue.FindPublishedAsync(productIds, ct)).ToDictionary(p => p.Id);
        var names = (await catalogue.NamesAsync(productIds, ct)).ToDictionary(n => n.Id, n => n.Name);
        var galleries = await photos.ForProductsAsync(productIds, ct);

        var offers = new List<HouseholdOffer>();
        foreach (var share in shares)
        {
            if (!inquiries.TryGetValue(share.InquiryId, out var inquiry)) continue;
            var product = published.GetValueOrDefault(share.ProductId);
            var name = names.TryGetValue(share.ProductId, out var n) ? Vi(n) : product is null ? "" : Vi(product.Name);
            var line = inquiry.Lines.FirstOrDefault(l => l.Id == share.LineId);
            var variant = line?.VariantSku is { } sku ? product?.Variants.FirstOrDefault(v => string.Equals(v.Sku, sku, StringComparison.Ordinal)) : null;
            var cover = galleries.TryGetValue(share.ProductId, out var gallery) ? gallery.Cover : null;
            var price = share.MemberUnitPriceDong ?? 0;
            var spec = new OfferSpecification(
                product is null ? null : Vi(product.Description), product is null ? null : Vi(product.Material), product is null ? null : Vi(product.Technique),
                product?.Colours ?? [], Dimensions(product?.DimensionsCm), product?.WeightGrams,
                line?.VariantSku, variant?.Size, variant?.Colour, inquiry.Packaging, inquiry.Labelling, inquiry.WantsMarkedGoods, inquiry.SampleRequested);
            // An offer still Offered while its inquiry closed was taken back in effect: no answer is possible.
            var canAnswer = inquiry.IsOpen && share.CanAnswer(now) is null;
            offers.Add(new HouseholdOffer(new OfferDto(share.Id.Value, inquiry.Number, share.Status, share.ProductId.Value, name, cover?.FallbackUrl, spec,
                share.Quantity, line?.Unit ?? SharedKernel.Trade.UnitOfSale.Default, share.DueOn, price, checked(price * share.Quantity), share.OfferedAt, share.Deadline, share.AnsweredAt,
                share.CounterQuantity, share.CounterDueOn, share.AnswerNote, canAnswer), cover));
        }
        return offers;
    }

    private static string Vi(IReadOnlyDictionary<string, string> text) =>
        text.TryGetValue("vi", out var vi) && vi.Length > 0 ? vi : text.Values.FirstOrDefault() ?? "";

    private static string? Dimensions(ProductDimensions? d) => d is null ? null
        : string.Join(" × ", new[] { d.LengthCm, d.WidthCm, d.HeightCm }.Where(x => x is not null).Select(x => x!.Value.ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"))));
}
