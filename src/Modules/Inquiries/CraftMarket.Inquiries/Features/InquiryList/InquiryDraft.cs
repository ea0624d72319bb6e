using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>
/// <c>POST /api/inquiries</c> and <c>/api/inquiries/check</c>: what the buyer asks one village for.
/// Loose types (strings, nullable numbers) so every mistake comes back as a field message the
/// buyer can act on rather than a failed parse.
/// </summary>
public sealed record InquiryRequest(
    IReadOnlyList<InquiryLineRequest>? Lines,
    DateOnly? RequiredBy,
    string? Incoterm,
    string? DestinationPort,
    string? DestinationCountry,
    string? Packaging = null,
    string? Labelling = null,
    bool WantsMarkedGoods = false,
    bool SampleRequested = false,
    string? Notes = null)
{
    internal InquiryTermsDraft Terms => new(RequiredBy, Incoterm, DestinationPort, DestinationCountry, Packaging, Labelling, WantsMarkedGoods, SampleRequested, Notes);

    internal IReadOnlyList<DraftLine> DraftLines =>
        [.. (Lines ?? []).Select(l => new DraftLine(l?.ProductId, l?.VariantSku, l?.Quantity, l?.TargetUnitPrice))];
}

/// <summary>One line: a published product of the village, optionally one of its variants, a quantity, a hoped-for unit price.</summary>
public sealed record InquiryLineRequest(Guid? ProductId, string? VariantSku, long? Quantity, Money? TargetUnitPrice = null);

/// <summary>A line as the checks see it, from the API or from the buyer's list.</summary>
internal sealed record DraftLine(Guid? ProductId, string? VariantSku, long? Quantity, Money? TargetUnitPrice);

/// <summary>The terms every inquiry of one sending shares (a list spanning villages sends them to each).</summary>
internal sealed record InquiryTermsDraft(
    DateOnly? RequiredBy, string? Incoterm, string? DestinationPort, string? DestinationCountry,
    string? Packaging, string? Labelling, bool WantsMarkedGoods, bool SampleRequested, string? Notes);
