using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Identity.Authorization;

/// <summary>
/// Every CraftMarket policy is one <see cref="ActorRequirement"/> checked against the current actor.
/// A principal other than the request's own (a policy evaluated for some other user) is read the same way.
/// </summary>
internal sealed class ActorRequirementHandler(ICurrentActor current, IHttpContextAccessor http, ITenantContext tenant)
    : AuthorizationHandler<ActorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ActorRequirement requirement)
    {
        var actor = ReferenceEquals(context.User, http.HttpContext?.User) ? current.Actor : CurrentActor.From(context.User, tenant.TenantId);
        if (requirement.IsMetBy(actor)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
