using CraftMarket.SharedKernel.Text;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Catalogue.Features.Csv;

/// <summary>What one valid row will do: create a product or change an existing one, and where its status goes.</summary>
internal sealed record ImportPlan(CsvRow Row, Product? Target, ProductDetails Details, ProductStatus? Status, List<FieldChange> Changes);

/// <summary>
/// Turns a row into product details: category by id or name (Vietnamese, case and tone marks
/// ignored, or English), makers by member id or display name, then the same validation as the
/// API. Every problem is recorded against the row and its column.
/// </summary>
internal sealed class ImportRows(IReadOnlyList<Category> categories, IReadOnlyList<MemberSummary> activeMembers)
{
    public ProductDetails? Details(CsvRow row, Product? target)
    {
        var category = Category(row, target);
        var makers = Makers(row);
        var details = new ProductDetails(category, row.Optional(CsvLayout.Sku) ?? target?.Sku, row.Texts("name"), row.Texts("description"),
            row.Texts("material"), row.Texts("technique"),
            new Dimensions(row.Decimal(CsvLayout.LengthCm), row.Decimal(CsvLayout.WidthCm), row.Decimal(CsvLayout.HeightCm)),
            row.Int(CsvLayout.WeightGrams), row.Items(CsvLayout.Colours), row.Variants(), row.Optional(CsvLayout.RawMaterialOrigin),
            row.Optional(CsvLayout.Packaging), row.Optional(CsvLayout.HsCode), row.Optional(CsvLayout.PlaceOfOrigin),
            VndPrices.From(row.Whole(CsvLayout.BasePriceVnd) ?? 0), row.PriceBreaks(), row.Int(CsvLayout.Moq) ?? 1, row.Int(CsvLayout.OrderMultiple) ?? 1,
            row.Int(CsvLayout.LeadTimeDays) ?? 0, makers)
        {
            // No unit column or an empty cell (files from before units): the product's unit, a new one's piece.
            UnitCode = row.Optional(CsvLayout.Unit) ?? target?.Unit.Code ?? SharedKernel.Trade.UnitOfSale.Default.Code,
        };
        var valid = details.Validate();
        if (valid.IsSuccess) return valid.Value;
        foreach (var (field, messages) in valid.Error!.Fields ?? new Dictionary<string, string[]>())
        {
            // A category or maker the file named but we could not find is already reported with its cell's text.
            if (field is "categoryId" && row.Errors.Any(e => e.Column == CsvLayout.Category)) continue;
            if (field is "makers" && row.Errors.Any(e => e.Column == CsvLayout.Makers)) continue;
            foreach (var message in messages) row.Fail(CsvLayout.ColumnOf(field), Prefixed(field, message));
        }
        return null;
    }

    /// <summary>The status column: empty keeps the product's status (a new one is a draft).</summary>
    public ProductStatus? Status(CsvRow row, Product? target)
    {
        if (row.Optional(CsvLayout.Status) is not { } text) return null;
        if (!Enum.TryParse<ProductStatus>(text, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
        {
            row.Fail(CsvLayout.Status, $"“{text}” is not a status (Draft, Submitted, ChangesRequested, Published, Archived).");
            return null;
        }
        if (target is null && wanted is not (ProductStatus.Draft or ProductStatus.Submitted or ProductStatus.Published))
            row.Fail(CsvLayout.Status, "A new product can be imported as Draft, Submitted or Published.");
        else if (target is not null && wanted != target.Status && wanted is not (ProductStatus.Published or ProductStatus.Archived))
            row.Fail(CsvLayout.Status, $"Import can publish or archive a product, not move it from {target.Status} to {wanted}.");
        else if (target is { Status: ProductStatus.Archived } && wanted != ProductStatus.Archived)
            row.Fail(CsvLayout.Status, "An archived product stays archived.");
        return wanted;
    }

    private CategoryId Category(CsvRow row, Product? target)
    {
        var text = row.Text(CsvLayout.Category);
        if (text.Length == 0) return default;
        var folded = TextFolding.Fold(text);
        var found = categories.Where(c => c.CapacityKey == folded || string.Equals(c.Name.En, text, StringComparison.OrdinalIgnoreCase)
            || (Guid.TryParse(text, out var id) && c.Id.Value == id)).ToList();
        if (found.Count != 1)
        {
            row.Fail(CsvLayout.Category, $"No category “{text}” in this association.");
            return default;
        }
        if (found[0].Retired && found[0].Id != target?.CategoryId) row.Fail(CsvLayout.Category, $"Category “{text}” is retired.");
        return found[0].Id;
    }

    private List<MemberId> Makers(CsvRow row)
    {
        var makers = new List<MemberId>();
        foreach (var item in row.Items(CsvLayout.Makers))
        {
            var folded = TextFolding.Fold(item);
            var found = activeMembers.Where(m => (Guid.TryParse(item, out var id) && m.Id.Value == id) || TextFolding.Fold(m.DisplayName) == folded).ToList();
            if (found.Count == 1) makers.Add(found[0].Id);
            else row.Fail(CsvLayout.Makers, found.Count == 0
                ? $"“{item}” is not an active member of this association."
                : $"“{item}” names more than one member; use the member id.");
        }
        return makers;
    }

    /// <summary>"priceBreaks[1].unitPriceVnd" → "price break 2: …", so a row with lists says which item is wrong.</summary>
    private static string Prefixed(string field, string message)
    {
        var open = field.IndexOf('[', StringComparison.Ordinal);
        if (open < 0) return message;
        var close = field.IndexOf(']', open);
        var item = int.TryParse(field[(open + 1)..close], out var i) ? i + 1 : 0;
        var what = field.StartsWith("priceBreaks", StringComparison.Ordinal) ? "price break" : "variant";
        return $"{what} {item}: {message}";
    }
}
