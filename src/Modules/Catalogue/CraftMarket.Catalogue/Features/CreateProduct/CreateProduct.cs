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
internal sealed class CreateProductHandler(ProductWrites writes, ITenantContext tenant)
{
    public async Task<Result<ProductDto>> Handle(ProductRequest request, Actor actor, CancellationToken ct)
    {
        if (tenant.TenantId is not { } tenantId) return Error.NotFound("association");
        var details = request.ToDetails(actor.Member is { } own ? [own] : []);
        var created = Product.Create(tenantId, details, actor, writes.Now);
        if (created.IsFailure) return await writes.WithReferenceErrorsAsync(created.Error!, details, null, ct);
        var product = created.Value!;
        if (await writes.CheckReferencesAsync(product.Details, null, ct) is { } invalid) return invalid;
        if (await writes.RegisterSkusAsync(product, ct) is { } taken) return taken;
        await writes.RefreshCapacityAsync(product, ct);

        writes.Db.Products.Add(product);
        writes.Audit(product, ProductActions.Created, actor, ProductDiff.Between(null, product.Details));
        var saved = await writes.SaveAsync(ct);
        return saved.IsSuccess ? ProductDto.From(product) : saved.Error!;
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
