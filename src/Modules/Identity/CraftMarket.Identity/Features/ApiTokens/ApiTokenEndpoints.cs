using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.ApiTokens;

/// <summary>
/// "GET|POST /api/account/api-tokens", "DELETE /api/account/api-tokens/{id}" (the staff member's own tokens here)
/// and GET|DELETE /api/association/api-tokens (the association admin: every token of the association).
/// </summary>
internal static class ApiTokenEndpoints
{
    public static void MapApiTokens(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/account/api-tokens").WithTags("Identity: API tokens").RequireActor(ActorRequirement.Staff);
        mine.MapGet("", async (CurrentActor actor, PersonalApiTokens tokens, CancellationToken ct) =>
                TypedResults.Ok(await tokens.MineAsync(actor.UserId!.Value, ct)))
            .WithName("ListMyApiTokens")
            .WithSummary("Your personal API tokens in this association, newest first (never their secrets)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        mine.MapPost("", Create).RefuseApiTokens()
            .WithName("CreateApiToken")
            .WithSummary("Make a personal API token: name, roles (staff roles you hold here), expiresInDays (1-365, default 90). " +
                "The answer carries the secret, shown this once; use it as 'Authorization: Bearer cmk_...' on this association's /api. " +
                "Needs a sign-in: a token cannot make tokens.")
            .Produces<CreatedApiToken>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        mine.MapDelete("/{id:guid}", async (Guid id, CurrentActor actor, PersonalApiTokens tokens, CancellationToken ct) =>
                (await tokens.RevokeMineAsync(actor.UserId!.Value, id, ct)).ToHttp())
            .WithName("RevokeMyApiToken")
            .WithSummary("Revoke one of your tokens: it stops working at once")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        var association = app.MapGroup("/api/association/api-tokens").WithTags("Identity: API tokens").RequireActor(ActorRequirement.AssociationAdmin);
        association.MapGet("", async (PersonalApiTokens tokens, CancellationToken ct) => TypedResults.Ok(await tokens.AssociationAsync(ct)))
            .WithName("ListAssociationApiTokens")
            .WithSummary("Every personal API token of this association with its owner (association admins only)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        association.MapDelete("/{id:guid}", async (Guid id, CurrentActor actor, PersonalApiTokens tokens, CancellationToken ct) =>
                (await tokens.RevokeInAssociationAsync(actor.UserId!.Value, id, ct)).ToHttp())
            .WithName("RevokeAssociationApiToken")
            .WithSummary("Revoke any token of this association (association admins only)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> Create(CreateApiToken? body, CurrentActor actor, PersonalApiTokens tokens, CancellationToken ct)
    {
        if (body is null) return Error.Validation("name", "Give the token a name, e.g. the system that will use it.").ToProblem();
        var created = await tokens.CreateAsync(actor.UserId!.Value, body, ct);
        return created.ToCreated(_ => "/api/account/api-tokens");
    }

    /// <summary>
    /// Refuses a request signed in with a personal API token (403 problem details): account changes and new
    /// tokens need the person's own sign-in, so a leaked token can neither outlive its revocation nor take over the account.
    /// </summary>
    public static TBuilder RefuseApiTokens<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            ApiTokenHandler.IsTokenPrincipal(context.HttpContext.User)
                ? TypedResults.Problem("A personal API token cannot do this: sign in to the account instead.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Forbidden")
                : await next(context));
}
