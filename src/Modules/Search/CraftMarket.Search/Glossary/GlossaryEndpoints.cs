using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Search.Glossary;

internal static class GlossaryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // A glossary belongs to an association; the platform host has only the default one, so it
        // answers 404 to anyone (an authorization policy would answer the platform admin 403 first).
        var api = app.MapGroup("/api/search/glossary").WithTags("Search")
            .RequireActor(ActorRequirement.AssociationAdmin);

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
}
