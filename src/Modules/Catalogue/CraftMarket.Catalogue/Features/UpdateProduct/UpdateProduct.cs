using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Products;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using CraftMarket.Identity.Contracts;

namespace CraftMarket.Catalogue.Features.UpdateProduct;

/// <summary>
/// Edits a product as a whole. A maker's edit of a published product takes it off the storefront
/// and back to review (ProductWithdrawn); an association admin's edit keeps it live (ProductPublished).
/// </summary>
internal sealed class UpdateProductHandler(ProductWrites writes)
{
    public async Task<Result<ProductDto>> Handle(ProductId id, ProductRequest request, Actor actor, CancellationToken ct)
    {
        // Makers are kept when the request leaves them out: a producer's form does not show them.
        var edited = await writes.EditAsync(id, actor, before => request.ToDetails(before.Makers, before.UnitCode), ct);
        return edited.IsSuccess ? ProductDto.From(edited.Value!) : edited.Error!;
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/products/{id:guid}", async (Guid id, ProductRequest request, CurrentActor current,
                UpdateProductHandler handler, CancellationToken ct) => Actor.From(current) is { } actor
                    ? (await handler.Handle(new ProductId(id), request, actor, ct)).ToHttp()
                    : ProductEndpoints.NotAllowed())
            .RequireAuthorization()
            .WithName("UpdateProduct")
            .WithSummary("Edit a product. Makers edit their own; a maker's edit of a published product sends it back to review.")
            .Produces<ProductDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
