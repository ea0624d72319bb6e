using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Contracts;

/// <summary>
/// The scope's actor, resolved once (lazily) from the request's sign-in and tenant. In a scope
/// with no request (an outbox consumer, a job) it is a background actor for the scope's tenant,
/// which the consumer sets from the message; <see cref="ActAsBackground"/> names the job.
/// </summary>
public interface ICurrentActor
{
    CurrentActor Actor { get; }

    /// <summary>Names the background work this scope runs (shown in audit trails); refused inside a request.</summary>
    void ActAsBackground(string job);
}

public static class CurrentActorHttpExtensions
{
    /// <summary>The request's actor, for Razor pages, views and filters: <c>HttpContext.Actor().IsExportDesk</c>.</summary>
    public static CurrentActor Actor(this HttpContext http) => http.RequestServices.GetRequiredService<ICurrentActor>().Actor;
}
