using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CraftMarket.Web.Outbox;

/// <summary>
/// Dead messages of every module's outbox, for the platform admin (the host owns it because it
/// spans modules). A retry gives the message a fresh series of attempts.
/// </summary>
internal static class DeadLetterEndpoints
{
    public static void MapDeadLetters(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/platform/outbox").WithTags("Platform: messages")
            .RequireAuthorization(Policies.PlatformAdmin);

        api.MapGet("/dead", async Task<Ok<IReadOnlyList<DeadMessage>>> (DeadLetters dead, CancellationToken ct) =>
            TypedResults.Ok(await dead.ListAsync(ct)));
        api.MapPost("/dead/{module}/{id:guid}/retry", async Task<Results<NoContent, ProblemHttpResult>> (
            string module, Guid id, DeadLetters dead, CancellationToken ct) =>
            await dead.RetryAsync(module, id, ct) is { Error: { } error }
                ? (ProblemHttpResult)error.ToProblem()
                : TypedResults.NoContent());
    }
}
