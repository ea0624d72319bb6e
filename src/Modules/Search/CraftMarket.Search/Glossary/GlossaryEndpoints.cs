using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
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
            .AddEndpointFilter(RequireAssociationAdmin);

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

    /// <summary>
    /// A glossary belongs to an association; the platform host has only the default one, so it answers
    /// 404 to anyone. Authorised here rather than with RequireAuthorization, which would run first and
    /// answer the platform admin 403 for a resource that does not exist on that host.
    /// </summary>
    private static async ValueTask<object?> RequireAssociationAdmin(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.RequestServices.GetRequiredService<ITenantContext>().HasTenant) return Error.NotFound("association").ToProblem();
        var policy = (await http.RequestServices.GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(Policies.AssociationAdmin))!;
        var evaluator = http.RequestServices.GetRequiredService<IPolicyEvaluator>();
        var authenticated = await evaluator.AuthenticateAsync(policy, http);
        var authorized = await evaluator.AuthorizeAsync(policy, authenticated, http, resource: null);
        if (authorized.Succeeded) return await next(context);
        return authorized.Challenged ? TypedResults.Challenge(authenticationSchemes: [.. policy.AuthenticationSchemes]) : TypedResults.Forbid(authenticationSchemes: [.. policy.AuthenticationSchemes]);
    }
}
