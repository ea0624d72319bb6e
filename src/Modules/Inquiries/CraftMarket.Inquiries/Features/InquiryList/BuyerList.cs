using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>One product (or variant) and quantity on a buyer's list, with the village that makes it.</summary>
internal sealed record ListLine(TenantId Village, ProductId Product, string? Sku, int Quantity)
{
    public bool IsSame(TenantId village, ProductId product, string? sku) =>
        Village == village && Product == product && string.Equals(Sku ?? "", sku ?? "", StringComparison.Ordinal);
}

/// <summary>
/// What a visitor collected while browsing, across villages (ADR 0044): kept in the visitor's own
/// protected cookie, so it survives sign-in and costs the server nothing to hold. <see cref="Id"/> is
/// the <c>ListId</c> every inquiry sent from it shares; a new list gets a new id once sent.
/// </summary>
internal sealed record BuyerList(Guid Id, IReadOnlyList<ListLine> Lines)
{
    public const int MaxLines = Inquiry.MaxLines;

    public static BuyerList New() => new(Guid.NewGuid(), []);

    public int Count => Lines.Count;

    /// <summary>Adds the line, or sets the quantity of the same product and variant already on the list.</summary>
    public BuyerList? With(ListLine line)
    {
        var at = Index(line.Village, line.Product, line.Sku);
        if (at >= 0) return this with { Lines = [.. Lines.Select((l, i) => i == at ? line : l)] };
        return Lines.Count >= MaxLines ? null : this with { Lines = [.. Lines, line] };
    }

    public BuyerList Without(int index) =>
        index < 0 || index >= Lines.Count ? this : this with { Lines = [.. Lines.Where((_, i) => i != index)] };

    public BuyerList WithQuantity(int index, int quantity) =>
        index < 0 || index >= Lines.Count ? this : this with { Lines = [.. Lines.Select((l, i) => i == index ? l with { Quantity = quantity } : l)] };

    public int Index(TenantId village, ProductId product, string? sku) =>
        Lines.Select((l, i) => (l, i)).FirstOrDefault(x => x.l.IsSame(village, product, sku), (null!, -1)).Item2;

    /// <summary>Villages in the order their first line was added: one inquiry each.</summary>
    public IReadOnlyList<TenantId> Villages => [.. Lines.Select(l => l.Village).Distinct()];
}
