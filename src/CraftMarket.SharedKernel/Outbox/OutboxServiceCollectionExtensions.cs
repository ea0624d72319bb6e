using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CraftMarket.SharedKernel.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's outbox dispatcher. The background loop runs only where this process
    /// takes the worker role (see <see cref="ProcessRole"/>), so a web-only node never double-delivers.
    /// </summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services, ProcessRole role) where TContext : ModuleDbContext
    {
        // Every module's saves may carry audit events (ADR 0065): every dispatcher must be able to read them.
        IntegrationEventRegistry.In(services).Declare(typeof(AuditRecorded));
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>();
        services.TryAddScoped<MessageDelivery>();
        services.TryAddSingleton<DeadLetters>();
        services.AddSingleton<OutboxDispatcher<TContext>>();
        if (role.RunsBackgroundWork) services.AddHostedService<OutboxWorker<TContext>>();
        return services;
    }

    public static void Add(this DbSet<OutboxMessage> outbox, IIntegrationEvent @event, TimeProvider clock) =>
        outbox.Add(OutboxMessage.From(@event, clock.GetUtcNow()));
}

/// <summary>Which work this process does: serve requests, run background work, or both (the embedded default).</summary>
public sealed record ProcessRole(bool ServesRequests, bool RunsBackgroundWork)
{
    public static ProcessRole Parse(string? value) => value?.ToLowerInvariant() switch
    {
        "web" => new(true, false),
        "worker" => new(false, true),
        _ => new(true, true),
    };
}
