using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Catalogue.Features.Categories;

internal static class CategoryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/categories", async (CurrentActor current, ManageCategoriesHandler h, CancellationToken ct) =>
                current.IsStaff || Actor.From(current) is not null
                    ? TypedResults.Ok(await h.List(ct))
                    : Products.ProductEndpoints.NotAllowed())
            .RequireAuthorization()
            .WithName("ListCategories")
            .WithSummary("The association's categories, retired ones last, with how many products (not archived) each holds.")
            .Produces<IReadOnlyList<CategoryDto>>();

        api.MapPost("/categories", async (CategoryRequest request, ManageCategoriesHandler h, CancellationToken ct) =>
                (await h.Create(request, ct)).ToCreated(c => $"/api/catalogue/categories/{c.Id}"))
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("CreateCategory")
            .WithSummary("Add a category at the end of the taxonomy; the Vietnamese name is required and unique.")
            .Produces<CategoryDto>(StatusCodes.Status201Created).ProducesValidationProblem();

        api.MapPut("/categories/{id:guid}", async (Guid id, CategoryRequest request, ManageCategoriesHandler h, CancellationToken ct) =>
                (await h.Rename(new CategoryId(id), request, ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("RenameCategory")
            .WithSummary("Rename a category in each language.")
            .Produces<CategoryDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/categories/order", async (CategoryOrder order, ManageCategoriesHandler h, CancellationToken ct) =>
                (await h.Reorder(order, ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("ReorderCategories")
            .WithSummary("Set the taxonomy's order: every category id once, first to last.")
            .Produces<IReadOnlyList<CategoryDto>>().ProducesValidationProblem();

        api.MapPost("/categories/{id:guid}/retire", async (Guid id, ManageCategoriesHandler h, CancellationToken ct) =>
                (await h.Retire(new CategoryId(id), retire: true, ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("RetireCategory")
            .WithSummary("Retire an empty category (no product in it except archived ones): it is no longer offered.")
            .Produces<CategoryDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/categories/{id:guid}/restore", async (Guid id, ManageCategoriesHandler h, CancellationToken ct) =>
                (await h.Retire(new CategoryId(id), retire: false, ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("RestoreCategory")
            .WithSummary("Offer a retired category again.")
            .Produces<CategoryDto>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
