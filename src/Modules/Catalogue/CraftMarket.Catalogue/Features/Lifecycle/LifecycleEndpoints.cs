using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Products;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Catalogue.Features.Lifecycle;

internal sealed record ChangeRequest(string? Comment);

internal static class LifecycleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/products/{id:guid}/submit", (Guid id, CurrentActor current, ProductLifecycleHandler h, CancellationToken ct) =>
                Run(current, actor => h.Submit(new ProductId(id), actor, ct)))
            .RequireAuthorization()
            .WithName("SubmitProduct")
            .WithSummary("Send a draft (or a product with requested changes) to the association for review. English texts are required.")
            .Produces<ProductDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/products/{id:guid}/approve", (Guid id, CurrentActor current, ProductLifecycleHandler h, CancellationToken ct) =>
                Run(current, actor => h.Approve(new ProductId(id), actor, ct)))
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("ApproveProduct")
            .WithSummary("Publish a submitted product: buyers see it and ProductPublished is raised.")
            .Produces<ProductDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/products/{id:guid}/request-changes", (Guid id, ChangeRequest body, CurrentActor current,
                ProductLifecycleHandler h, CancellationToken ct) =>
                Run(current, actor => h.RequestChanges(new ProductId(id), body.Comment, actor, ct)))
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("RequestProductChanges")
            .WithSummary("Send a submitted or published product back to its makers with a comment (a published one is withdrawn).")
            .Produces<ProductDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/products/{id:guid}/archive", (Guid id, CurrentActor current, ProductLifecycleHandler h, CancellationToken ct) =>
                Run(current, actor => h.Archive(new ProductId(id), actor, ct)))
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("ArchiveProduct")
            .WithSummary("Withdraw a product for good (ProductWithdrawn if it was published).")
            .Produces<ProductDto>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Run(CurrentActor current, Func<Actor, Task<Result<ProductDto>>> step) =>
        Actor.From(current) is { } actor ? (await step(actor)).ToHttp() : ProductEndpoints.NotAllowed();
}
