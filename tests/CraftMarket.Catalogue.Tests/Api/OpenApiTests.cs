using System.Text.Json;
using CraftMarket.Catalogue.Tests.Support;

namespace CraftMarket.Catalogue.Tests.Api;

[Collection(SharedSite.Name)]
public sealed class OpenApiTests(SqliteCatalogueApp app)
{
    [Fact]
    public async Task Every_catalogue_endpoint_is_in_the_OpenAPI_document_with_a_name_and_summary()
    {
        var document = JsonDocument.Parse(await app.ClientFor(null).GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/catalogue", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Operation: o.Value)))
            .ToList();
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        ids.ShouldBe([
            "BrowseCatalogue", "GetPublishedProduct", "ListPublicCategories", "ListMyProducts", "ListProducts", "ReviewQueue", "GetProduct",
            "ProductHistory", "CreateProduct", "UpdateProduct", "SubmitProduct", "ApproveProduct", "RequestProductChanges", "ArchiveProduct",
            "ListCategories", "CreateCategory", "RenameCategory", "ReorderCategories", "RetireCategory", "RestoreCategory", "ExportCatalogue",
            "ImportCatalogue", "GetProductTranslation", "SaveProductTranslation", "GetMachineTranslation", "SetMachineTranslation"], ignoreOrder: true);
        operations.Where(o => !o.Operation.TryGetProperty("summary", out var summary) || summary.GetString()!.Length < 10).ShouldBeEmpty();
        operations.Single(o => o.Operation.GetProperty("operationId").GetString() == "CreateProduct").Operation
            .GetProperty("responses").TryGetProperty("400", out _).ShouldBeTrue("validation problems are documented");
    }

    [Fact]
    public async Task Money_is_documented_as_it_travels_currency_and_minor_units()
    {
        var document = JsonDocument.Parse(await app.ClientFor(null).GetStringAsync("/openapi/v1.json")).RootElement;
        var money = document.GetProperty("components").GetProperty("schemas").GetProperty("Money");
        money.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(["currency", "minorUnits"]);
        money.GetProperty("properties").GetProperty("minorUnits").GetProperty("format").GetString().ShouldBe("int64");
    }
}
