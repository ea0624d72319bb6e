using System.Globalization;
using System.Text;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Text;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Csv;

/// <summary>The whole catalogue of the association (every status) as CSV, streamed row by row.</summary>
internal sealed class ExportCatalogueHandler(CatalogueDb db, IMemberDirectory members)
{
    public async Task WriteAsync(Stream output, CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name.Vi, ct);
        var names = (await members.ListAsync(ct)).ToDictionary(m => m.Id.Value, m => m.DisplayName);
        // UTF-8 with a byte-order mark: spreadsheet programs then show Vietnamese diacritics correctly.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in CsvLayout.Columns) csv.WriteField(column);
        await csv.NextRecordAsync();
        await foreach (var p in db.Products.AsNoTracking().OrderBy(p => p.Sku).AsAsyncEnumerable().WithCancellation(ct))
        {
            // Every cell, not only the texts: a list cell ("colours", "maker_names") starts with a text too.
            foreach (var value in Row(p, categories.GetValueOrDefault(p.CategoryId) ?? "", names)) csv.WriteField(CsvFormulaGuard.Neutralise(value));
            await csv.NextRecordAsync();
        }
    }

    private static IEnumerable<string> Row(Product p, string category, IReadOnlyDictionary<Guid, string> names)
    {
        yield return p.Id.ToString();
        yield return p.Sku;
        yield return p.Status.ToString();
        yield return category;
        foreach (var text in new[] { p.Name, p.Description, p.Material, p.Technique })
            foreach (var language in CsvLayout.Languages) yield return text[language] ?? "";
        yield return CsvLayout.Number(p.Dimensions.LengthCm);
        yield return CsvLayout.Number(p.Dimensions.WidthCm);
        yield return CsvLayout.Number(p.Dimensions.HeightCm);
        yield return CsvLayout.Number(p.WeightGrams);
        yield return string.Join(CsvLayout.ItemSeparator, p.Colours);
        yield return string.Join(CsvLayout.ItemSeparator, p.Variants.Select(v => $"{v.Sku}:{v.Size}:{v.Colour}"));
        yield return p.RawMaterialOrigin ?? "";
        yield return p.Packaging ?? "";
        yield return p.HsCode ?? "";
        yield return p.PlaceOfOrigin ?? "";
        yield return CsvLayout.Number(VndPrices.Dong(p.BasePrice));
        yield return string.Join(CsvLayout.ItemSeparator, p.PriceBreaks.Select(b => $"{b.MinQuantity}:{VndPrices.Dong(b.UnitPrice)}"));
        yield return CsvLayout.Number(p.MinimumOrderQuantity);
        yield return CsvLayout.Number(p.OrderMultiple);
        yield return CsvLayout.Number(p.LeadTimeDays);
        yield return string.Join(CsvLayout.ItemSeparator, p.MakerIds);
        yield return string.Join(CsvLayout.ItemSeparator, p.MakerIds.Select(m => names.GetValueOrDefault(m, "?")));
        yield return CsvLayout.Number(p.MonthlyCapacity);
        yield return p.UpdatedAt.ToString("O", CultureInfo.InvariantCulture);
        yield return p.Unit.Code;
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/export.csv", (ExportCatalogueHandler handler, HttpContext http) =>
                TypedResults.Stream(stream => handler.WriteAsync(stream, http.RequestAborted), "text/csv; charset=utf-8",
                    string.Create(CultureInfo.InvariantCulture, $"catalogue-{DateTime.UtcNow:yyyyMMdd}.csv")))
            .RequireAuthorization(Policies.AssociationStaff)
            .WithName("ExportCatalogue")
            .WithSummary("The whole catalogue as CSV (UTF-8), one row per product; layout in docs/catalogue-csv.md.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
}
