using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Products;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using CraftMarket.Identity.Contracts;

namespace CraftMarket.Catalogue.Features.CreateProduct;

/// <summary>A producer (for their own member) or the association starts a product as a draft.</summary>
internal sealed class CreateProductHandler(ProductWrites writes)
{
    public async Task<Result<ProductDto>> Handle(ProductRequest request, Actor actor, CancellationToken ct)
    {
        var created = await writes.CreateAsync(request.ToDetails(actor.Member is { } own ? [own] : []), actor, ct);
        return created.IsSuccess ? ProductDto.From(created.Value!) : created.Error!;
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/products", async (ProductRequest request, CurrentActor current, CreateProductHandler handler,
                CancellationToken ct) => Actor.From(current) is { } actor
                    ? (await handler.Handle(request, actor, ct)).ToCreated(p => $"/api/catalogue/products/{p.Id}")
                    : ProductEndpoints.NotAllowed())
            .RequireAuthorization()
            .WithName("CreateProduct")
            .WithSummary("Create a draft product. Producers create for their own member (the default maker); association admins for any members.")
            .Produces<ProductDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
