using System.Security.Claims;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.Sessions;

internal sealed record RevokedSessions(int Revoked);

/// <summary>
/// The owner's own sessions and tokens, and nobody else's: every query is keyed by the signed-in
/// account, so another account's session id answers 404 like an unknown one.
/// </summary>
internal static class SessionEndpoints
{
    public static void MapSessions(this RouteGroupBuilder auth)
    {
        var sessions = auth.MapGroup("/sessions").RequireActor(ActorRequirement.SignedIn);
        sessions.MapGet("/", List).WithSummary("The signed-in account's live sessions (browsers) and tokens (apps); the one asking is marked current");
        sessions.MapDelete("/{id:guid}", Revoke).WithSummary("End one of your sessions or tokens at once");
        sessions.MapPost("/revoke-others", RevokeOthers).WithSummary("End every session and token of yours except the one asking");
        auth.MapPost("/logout", SignOut).RequireActor(ActorRequirement.SignedIn)
            .WithSummary("End the session of this bearer token (its refresh token stops working too)");
    }

    private static async Task<Ok<IReadOnlyList<SessionView>>> List(CurrentActor actor, ClaimsPrincipal user, AccountSessions sessions, CancellationToken ct) =>
        TypedResults.Ok(await sessions.ListAsync(actor.UserId!.Value, SessionClaims.IdOf(user), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid id, CurrentActor actor, AccountSessions sessions, CancellationToken ct)
    {
        var revoked = await sessions.RevokeAsync(actor.UserId!.Value, id, ct);
        return revoked.IsSuccess ? TypedResults.NoContent() : (ProblemHttpResult)revoked.Error!.ToProblem();
    }

    private static async Task<Ok<RevokedSessions>> RevokeOthers(CurrentActor actor, ClaimsPrincipal user, AccountSessions sessions, CancellationToken ct) =>
        TypedResults.Ok(new RevokedSessions(await sessions.RevokeOthersAsync(actor.UserId!.Value, SessionClaims.IdOf(user), ct)));

    private static async Task<NoContent> SignOut(ClaimsPrincipal user, AccountSessions sessions, CancellationToken ct)
    {
        await sessions.SignOutAsync(user, ct);
        return TypedResults.NoContent();
    }
}
