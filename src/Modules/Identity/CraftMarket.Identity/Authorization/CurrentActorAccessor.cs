using System.Security.Claims;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Identity.Authorization;

/// <summary>
/// Scoped: builds the <see cref="CurrentActor"/> on first use and keeps it for the scope. It is
/// rebuilt only if what it was built from changes (authentication replaces the anonymous principal
/// after tenant resolution; a consumer sets its tenant after the scope starts), so an early reader
/// (language negotiation, a filter) can never pin a stale answer.
/// </summary>
internal sealed class CurrentActorAccessor(IHttpContextAccessor http, ITenantContext tenant) : ICurrentActor
{
    private const string UnnamedJob = "background";
    private (ClaimsPrincipal? User, TenantId? Tenant, CurrentActor Actor)? built;
    private string? job;

    public CurrentActor Actor
    {
        get
        {
            var user = http.HttpContext?.User;
            if (built is { } b && ReferenceEquals(b.User, user) && b.Tenant == tenant.TenantId) return b.Actor;
            var actor = user is null
                ? CurrentActor.Background(tenant.TenantId, job ?? UnnamedJob)
                : CurrentActor.From(user, tenant.TenantId);
            built = (user, tenant.TenantId, actor);
            return actor;
        }
    }

    public void ActAsBackground(string name)
    {
        // A request's actor is whoever signed in; letting code rename it would be impersonation.
        if (http.HttpContext is not null) throw new InvalidOperationException("A request acts as its signed-in user, not as background work.");
        job = name;
        built = null;
    }
}
