using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>Anonymous read access to the current association's published catalogue.</summary>
internal static class PublicCatalogueEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/products", async (Guid? category, string? material, decimal? minPriceVnd, decimal? maxPriceVnd, int? maxMoq,
                int? page, int? pageSize, string? sort, BrowseCatalogue browse, CancellationToken ct) =>
            (await browse.Browse(new BrowseQuery(category is { } c ? new CategoryId(c) : null, material, minPriceVnd, maxPriceVnd, maxMoq,
                page ?? 1, pageSize ?? 24, sort ?? BrowseSorts.Newest), ct)).ToHttp())
            .AllowAnonymous()
            .WithName("BrowseCatalogue")
            .WithSummary("Published products of this association, filtered and paged, with category and material facet counts.")
            .Produces<BrowsePage>()
            .ProducesValidationProblem();

        api.MapGet("/products/{id:guid}", async (Guid id, BrowseCatalogue browse, CancellationToken ct) =>
                await browse.GetPublishedProduct(new ProductId(id), ct) is { } detail
                    ? TypedResults.Ok(PublicProductDetail.From(detail))
                    : Error.NotFound("product").ToProblem())
            .AllowAnonymous()
            .WithName("GetPublishedProduct")
            .WithSummary("One published product with its variants, trade terms and makers.")
            .Produces<PublicProductDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/categories", async (BrowseCatalogue browse, CancellationToken ct) => TypedResults.Ok(await browse.Categories(ct)))
            .AllowAnonymous()
            .WithName("ListPublicCategories")
            .WithSummary("The association's categories in its order, with the number of published products in each.")
            .Produces<IReadOnlyList<CategoryCount>>();
    }
}
