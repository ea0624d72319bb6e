using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Products;
using CraftMarket.Identity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Catalogue.Features.Csv;

internal static class CsvEndpoints
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        ExportCatalogueHandler.Map(api);

        // Bearer-only API (cookies never authenticate /api), so there is no cross-site form to guard against.
        api.MapPost("/import", async (IFormFile? file, CurrentActor current, ImportCatalogueHandler handler, CancellationToken ct) =>
            {
                if (Actor.From(current) is not { IsAssociationAdmin: true } admin) return ProductEndpoints.NotAllowed();
                if (file is null || file.Length == 0) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Attach a CSV file."] });
                if (file.Length > MaxFileBytes) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["At most 20 MB per file."] });
                await using var stream = file.OpenReadStream();
                return Result(await handler.Import(stream, admin, ct));
            })
            .RequireAuthorization(Policies.AssociationAdmin)
            .DisableAntiforgery()
            .WithName("ImportCatalogue")
            .WithSummary("Create or update products from a CSV file (multipart field \"file\"). Any bad row imports nothing; the problem lists each row, column and reason.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportSummary>()
            .ProducesValidationProblem();
    }

    /// <summary>Problem details whose errors are keyed "row 7: price_breaks", with the structured list under "rows".</summary>
    public static IResult Result(ImportOutcome outcome)
    {
        if (outcome.Imported) return TypedResults.Ok(outcome.Summary);
        var errors = outcome.Errors.GroupBy(e => $"row {e.Row}: {e.Column}".TrimEnd(' ', ':'))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.ValidationProblem(errors, detail: $"The file was not imported: {outcome.Errors.Count} problem(s) in {outcome.Errors.Select(e => e.Row).Distinct().Count()} row(s).",
            title: "The file has errors; nothing was imported.", extensions: new Dictionary<string, object?> { ["rows"] = outcome.Errors });
    }
}
