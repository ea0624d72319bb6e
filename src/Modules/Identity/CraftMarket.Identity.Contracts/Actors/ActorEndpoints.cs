using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Identity.Contracts;

public static class ActorEndpoints
{
    /// <summary>
    /// Admits the <see cref="CurrentActor"/> that meets <paramref name="requirement"/>: no association
    /// (when it needs one) is 404 problem details for everyone, so the platform host never claims a
    /// village's resource exists; an anonymous caller is challenged (401); anyone else is refused (403).
    /// Works on a group (<c>app.MapGroup("/api/exports").RequireActor(ActorRequirement.ExportDesk)</c>)
    /// or one endpoint; chained calls must all pass, in order.
    /// </summary>
    public static TBuilder RequireActor<TBuilder>(this TBuilder builder, ActorRequirement requirement)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var actor = context.HttpContext.Actor();
            if (requirement.NeedsTenant && !actor.HasTenant) return Error.NotFound("association").ToProblem();
            if (requirement.IsMetBy(actor)) return await next(context);
            return actor.IsSignedIn ? TypedResults.Forbid() : TypedResults.Challenge();
        });
}
