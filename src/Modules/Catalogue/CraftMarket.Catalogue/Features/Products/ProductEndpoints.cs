using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Lists;
using System.Security.Claims;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Catalogue.Features.Translation;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Catalogue.Features.Products;

/// <summary>Reading products: a producer's own, one product, its history, and the association's lists.</summary>
internal static class ProductEndpoints
{
    public static IResult NotAllowed() =>
        Error.Forbidden("Only the association's admins and the producers of its members may change its catalogue.").ToProblem();

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/products/mine", async (ProductStatus? status, int? page, int? pageSize, CurrentActor current,
                ProductReads reads, CancellationToken ct) => Actor.From(current) is { Member: { } member }
                    ? (await reads.List(member, status, page ?? 1, pageSize ?? 50, ct)).ToHttp()
                    : Error.Forbidden("Your account is not linked to a member of this association.").ToProblem())
            .RequireAuthorization(Policies.Producer)
            .WithName("ListMyProducts")
            .WithSummary("The signed-in producer's products (any status), most recently changed first, with the association's comments.")
            .Produces<PagedList<ProductRow>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/products", async (ProductStatus? status, int? page, int? pageSize, ProductReads reads, CancellationToken ct) =>
                (await reads.List(null, status, page ?? 1, pageSize ?? 50, ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationStaff)
            .WithName("ListProducts")
            .WithSummary("The association's whole catalogue in any status, for its staff.")
            .Produces<PagedList<ProductRow>>().ProducesValidationProblem();

        api.MapGet("/review-queue", async (int? page, int? pageSize, bool? needsTranslation, ProductReads reads, TranslationLanguages languages, CancellationToken ct) =>
                (await reads.List(null, ProductStatus.Submitted, page ?? 1, pageSize ?? 50, ct, oldestSubmittedFirst: true,
                    untranslatedIn: needsTranslation == true ? languages.Needed() : null)).ToHttp())
            .RequireAuthorization(Policies.AssociationStaff)
            .WithName("ReviewQueue")
            .WithSummary("Submitted products waiting for the association, oldest first; needsTranslation=true keeps those missing a language the village sells in (ADR 0068).")
            .Produces<PagedList<ProductRow>>().ProducesValidationProblem();

        api.MapGet("/products/{id:guid}", async (Guid id, CurrentActor current, ProductReads reads, CancellationToken ct) =>
                Reader(current) is var (allowed, maker) && allowed
                    ? (await reads.Get(new ProductId(id), maker, ct)).ToHttp()
                    : NotAllowed())
            .RequireAuthorization()
            .WithName("GetProduct")
            .WithSummary("One product in any status: producers their own, association staff any.")
            .Produces<ProductDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/products/{id:guid}/history", async (Guid id, CurrentActor current, ProductReads reads, CancellationToken ct) =>
                Reader(current) is var (allowed, maker) && allowed
                    ? (await reads.History(new ProductId(id), maker, ct)).ToHttp()
                    : NotAllowed())
            .RequireAuthorization()
            .WithName("ProductHistory")
            .WithSummary("The product's audit trail: who changed what and when, oldest first.")
            .Produces<IReadOnlyList<ChangeDto>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>Staff read everything (maker null); a producer reads as their member; anyone else nothing.</summary>
    private static (bool Allowed, Members.Contracts.MemberId? Maker) Reader(CurrentActor current)
    {
        if (current.IsStaff) return (true, null);
        return Actor.From(current) is { Member: { } member } ? (true, member) : (false, null);
    }
}
