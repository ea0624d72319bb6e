using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Glossary;

internal static class GlossaryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/search/glossary").WithTags("Search")
            .AddEndpointFilter(RequireAssociation)
            .RequireAuthorization(Policies.AssociationAdmin);

        api.MapGet("/", async (GlossaryEditor editor, CancellationToken ct) => TypedResults.Ok(await editor.ListAsync(ct)))
            .WithName("ListGlossary").Produces<List<GlossaryEntryDto>>()
            .WithSummary("The association's craft glossary: groups of words searched as one (across languages).");
        api.MapPost("/", async (GlossaryInput input, GlossaryEditor editor, CancellationToken ct) =>
                (await editor.AddAsync(input, ct)).ToCreated(e => $"/api/search/glossary/{e.Id}"))
            .WithName("AddGlossaryEntry").Produces<GlossaryEntryDto>(StatusCodes.Status201Created).ProducesValidationProblem();
        api.MapPut("/{id:guid}", async (Guid id, GlossaryInput input, GlossaryEditor editor, CancellationToken ct) =>
                (await editor.ChangeAsync(id, input, ct)).ToHttp())
            .WithName("ChangeGlossaryEntry").Produces<GlossaryEntryDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id:guid}", async (Guid id, GlossaryEditor editor, CancellationToken ct) => (await editor.RemoveAsync(id, ct)).ToHttp())
            .WithName("RemoveGlossaryEntry").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>A glossary belongs to an association; the platform host has only the default one.</summary>
    private static async ValueTask<object?> RequireAssociation(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().HasTenant
            ? await next(context)
            : Error.NotFound("association").ToProblem();
}
