using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using PhoneNumbers;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>
/// Everything wrong with one village's inquiry before it is sent, each problem on its field: the
/// API answers them as problem details, the list page shows each beside its line. Pure: the
/// caller loads the village's published products (another village's product is simply not among them).
/// </summary>
internal static class InquiryCheck
{
    public const int MaxDaysAhead = 730, SkuMax = 40;
    public const long MaxTargetMinor = 1_000_000_000_000;
    private static readonly HashSet<string> Countries = PhoneNumberUtil.GetInstance().GetSupportedRegions();

    public static IReadOnlyList<Problem> Lines(IReadOnlyList<DraftLine> lines, IReadOnlyDictionary<ProductId, PublishedProduct> products)
    {
        var problems = new List<Problem>();
        if (lines.Count == 0) problems.Add(new Problem("lines", "Add at least one product."));
        if (lines.Count > Inquiry.MaxLines) problems.Add(new Problem("lines", "An inquiry holds at most {0} lines.", Inquiry.MaxLines));
        var seen = new HashSet<(Guid, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var at = $"lines[{i}]";
            if (line.ProductId is not { } id || !products.TryGetValue(new ProductId(id), out var product))
            {
                problems.Add(new Problem($"{at}.productId", "This product is not in the village's published catalogue."));
                continue;
            }
            var sku = string.IsNullOrWhiteSpace(line.VariantSku) ? null : line.VariantSku.Trim();
            if (sku is not null && !product.Variants.Any(v => string.Equals(v.Sku, sku, StringComparison.OrdinalIgnoreCase)))
                problems.Add(new Problem($"{at}.variantSku", "This product has no variant {0}.", sku.Length > SkuMax ? sku[..SkuMax] : sku));
            else if (!seen.Add((id, sku?.ToUpperInvariant() ?? "")))
                problems.Add(new Problem($"{at}.productId", "This product and variant is already on another line."));
            if (OrderRules.Quantity($"{at}.quantity", line.Quantity ?? 0, product.MinimumOrderQuantity, product.OrderMultiple, product.Unit) is { } q)
                problems.Add(q);
            if (line.TargetUnitPrice is { } target && (!target.IsPositive || target.MinorUnits > MaxTargetMinor))
                problems.Add(new Problem($"{at}.targetUnitPrice", "Enter a target price above zero."));
        }
        return problems;
    }

    /// <summary>The date, terms and texts; and the date against the lead times of the lines that are valid.</summary>
    public static IReadOnlyList<Problem> Terms(InquiryTermsDraft terms, IReadOnlyList<DraftLine> lines,
        IReadOnlyDictionary<ProductId, PublishedProduct> products, DateOnly today)
    {
        var problems = new List<Problem>();
        if (terms.RequiredBy is not { } date) problems.Add(new Problem("requiredBy", "Choose the date you need the goods by."));
        else if (date > today.AddDays(MaxDaysAhead)) problems.Add(new Problem("requiredBy", "Choose a date within two years."));
        else
        {
            var known = lines.Select((l, i) => (Line: l, Index: i, Product: l.ProductId is { } id ? products.GetValueOrDefault(new ProductId(id)) : null))
                .Where(x => x.Product is not null).ToList();
            var earliest = OrderRules.Earliest(today, known.Select(x => x.Product!.LeadTimeDays));
            if (date < earliest || date <= today)
            {
                problems.Add(new Problem("requiredBy", OrderRules.VillageTooSoon, OrderRules.Iso(earliest > today ? earliest : today.AddDays(1))));
                foreach (var x in known.Where(x => today.AddDays(x.Product!.LeadTimeDays) > date))
                    problems.Add(new Problem($"lines[{x.Index}].requiredBy", OrderRules.LineTooSoon, x.Product!.LeadTimeDays,
                        OrderRules.Iso(today.AddDays(x.Product.LeadTimeDays))));
            }
        }
        if (!Enum.TryParse<Incoterm>(terms.Incoterm?.Trim(), ignoreCase: true, out var incoterm) || !Enum.IsDefined(incoterm)
            || int.TryParse(terms.Incoterm, out _))
            problems.Add(new Problem("incoterm", "Choose EXW, FOB (Hai Phong), CFR or CIF."));
        else if (incoterm.NeedsDestinationPort() && string.IsNullOrWhiteSpace(terms.DestinationPort))
            problems.Add(new Problem("destinationPort", "Name the destination port for CIF or CFR."));
        Length(problems, "destinationPort", terms.DestinationPort, Inquiry.PortMax);
        if (terms.DestinationCountry?.Trim() is not { Length: 2 } country || !Countries.Contains(country.ToUpperInvariant()))
            problems.Add(new Problem("destinationCountry", "Choose the destination country (ISO code such as JP or US)."));
        Length(problems, "packaging", terms.Packaging, Inquiry.TextMax);
        Length(problems, "labelling", terms.Labelling, Inquiry.TextMax);
        Length(problems, "notes", terms.Notes, Inquiry.NotesMax);
        return problems;
    }

    public static IReadOnlyList<Problem> All(InquiryTermsDraft terms, IReadOnlyList<DraftLine> lines,
        IReadOnlyDictionary<ProductId, PublishedProduct> products, DateOnly today) =>
        [.. Lines(lines, products), .. Terms(terms, lines, products, today)];

    private static void Length(List<Problem> problems, string field, string? text, int max)
    {
        if (text is not null && text.Trim().Length > max) problems.Add(new Problem(field, "At most {0:N0} characters.", max));
    }

    /// <summary>The problems as API field errors (English).</summary>
    public static Dictionary<string, string[]> Fields(IEnumerable<Problem> problems) =>
        problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.English).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
}
