using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Domain;

/// <summary>The product's editable fields, set only as a whole validated <see cref="ProductDetails"/>.</summary>
internal sealed partial class Product
{
    public string Sku { get; private set; } = "";
    public CategoryId CategoryId { get; private set; }
    // Name and material are one column per language, not a complex type: listings filter and sort
    // on them, and EF Core 10 cannot index a complex type's columns.
    public string NameVi { get; private set; } = "";
    public string? NameEn { get; private set; }
    public string? NameFr { get; private set; }
    public string? NameJa { get; private set; }
    public string? MaterialVi { get; private set; }
    public string? MaterialEn { get; private set; }
    public string? MaterialFr { get; private set; }
    public string? MaterialJa { get; private set; }
    public LocalizedText Name => new(NameVi, NameEn, NameFr, NameJa);
    public LocalizedText Material => new(MaterialVi ?? "", MaterialEn, MaterialFr, MaterialJa);
    public LocalizedText Description { get; private set; } = LocalizedText.Empty;
    public LocalizedText Technique { get; private set; } = LocalizedText.Empty;
    public Dimensions Dimensions { get; private set; } = Dimensions.Unknown;
    public int? WeightGrams { get; private set; }
    public List<string> Colours { get; private set; } = [];
    public List<ProductVariant> Variants { get; private set; } = [];
    public string? RawMaterialOrigin { get; private set; }
    public string? Packaging { get; private set; }
    public string? HsCode { get; private set; }
    public string? PlaceOfOrigin { get; private set; }
    // Prices are columns of minor units plus one currency column, not a complex type: listings sort
    // and filter on LowestPriceMinor by index, and every price of a product is in one currency.
    public Currency PriceCurrency { get; private set; } = Currency.VND;
    public long BasePriceMinor { get; private set; }
    public List<StoredPriceTier> PriceBreakRows { get; private set; } = [];
    public Money BasePrice => new(BasePriceMinor, PriceCurrency);
    public IReadOnlyList<PriceTier> PriceBreaks => [.. PriceBreakRows.Select(b => new PriceTier(b.MinQuantity, new Money(b.UnitPriceMinor, PriceCurrency)))];
    /// <summary>What one of the quantities below is (ADR 0073); stored as its code.</summary>
    public UnitOfSale Unit { get; private set; } = UnitOfSale.Default;
    public int MinimumOrderQuantity { get; private set; }
    public int OrderMultiple { get; private set; }
    public int LeadTimeDays { get; private set; }
    public List<Guid> MakerIds { get; private set; } = [];

    /// <summary>The cheapest unit price a buyer can reach (the last break, or the base price), in minor units: what listings filter and sort on.</summary>
    public long LowestPriceMinor { get; private set; }

    public Money LowestPrice => new(LowestPriceMinor, PriceCurrency);

    public ProductDetails Details => new(
        CategoryId, Sku, Name, Description, Material, Technique, Dimensions, WeightGrams, Colours, Variants,
        RawMaterialOrigin, Packaging, HsCode, PlaceOfOrigin, BasePrice, PriceBreaks, MinimumOrderQuantity, OrderMultiple,
        LeadTimeDays, [.. MakerIds.Select(m => new MemberId(m))]) { UnitCode = Unit.Code };

    /// <summary>Every SKU this product answers to: its own and its variants'.</summary>
    public IEnumerable<string> AllSkus => Variants.Select(v => v.Sku).Prepend(Sku);

    private void Apply(ProductDetails d, DateTimeOffset now)
    {
        Sku = d.Sku!;
        CategoryId = d.CategoryId;
        (NameVi, NameEn, NameFr, NameJa) = (d.Name.Vi, d.Name.En, d.Name.Fr, d.Name.Ja);
        (MaterialVi, MaterialEn, MaterialFr, MaterialJa) = (d.Material.Vi.Length == 0 ? null : d.Material.Vi, d.Material.En, d.Material.Fr, d.Material.Ja);
        Description = d.Description;
        Technique = d.Technique;
        Dimensions = d.Dimensions;
        WeightGrams = d.WeightGrams;
        Colours = [.. d.Colours];
        Variants = [.. d.Variants];
        RawMaterialOrigin = d.RawMaterialOrigin;
        Packaging = d.Packaging;
        HsCode = d.HsCode;
        PlaceOfOrigin = d.PlaceOfOrigin;
        // Validate() has already required the base price and held every break to its currency.
        var basePrice = d.BasePrice ?? throw new InvalidOperationException("Validate the details before applying them.");
        PriceCurrency = basePrice.Currency;
        BasePriceMinor = basePrice.MinorUnits;
        PriceBreakRows = [.. d.PriceBreaks.Select(b => new StoredPriceTier(b.MinQuantity, b.UnitPrice.MinorUnits))];
        Unit = d.Unit;
        MinimumOrderQuantity = d.MinimumOrderQuantity;
        OrderMultiple = d.OrderMultiple;
        LeadTimeDays = d.LeadTimeDays;
        MakerIds = [.. d.Makers.Select(m => m.Value)];
        LowestPriceMinor = d.PriceBreaks.Aggregate(basePrice, (lowest, b) => Money.Min(lowest, b.UnitPrice)).MinorUnits;
        UpdatedAt = now;
    }
}
