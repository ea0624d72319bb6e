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
        if (await writes.FindAsync(id, ct) is not { } product || !product.IsVisibleTo(actor)) return Error.NotFound("product");
        var before = product.Details;
        var details = request.ToDetails(before.Makers);
        var edited = product.Edit(details, actor, writes.Now);
        if (edited.IsFailure) return await writes.WithReferenceErrorsAsync(edited.Error!, details, before.CategoryId, ct);
        if (await writes.CheckReferencesAsync(product.Details, before.CategoryId, ct) is { } invalid) return invalid;
        if (await writes.RegisterSkusAsync(product, ct) is { } taken) return taken;
        await writes.RefreshCapacityAsync(product, ct);

        var changes = ProductDiff.Between(before, product.Details);
        if (edited.Value == Visibility.Withdrawn)
            changes.Add(new FieldChange("status", nameof(ProductStatus.Published), nameof(ProductStatus.Submitted)));
        writes.Audit(product, ProductActions.Edited, actor, changes);
        await writes.RaiseAsync(product, edited.Value, ct);
        var saved = await writes.SaveAsync(ct);
        return saved.IsSuccess ? ProductDto.From(product) : saved.Error!;
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
