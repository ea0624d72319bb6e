using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>A message the outbox gave up on, with where it lives and why it failed last.</summary>
public sealed record DeadMessage(
    string Module, Guid Id, string EventName, int Version, int Attempts, string? LastError, DateTimeOffset OccurredAt, DateTimeOffset DeadAt);

/// <summary>
/// The dead messages of every module's outbox, for the platform admin, and their retry. Outbox
/// rows belong to no association, so this reads each module's table as it is.
/// </summary>
public sealed class DeadLetters(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules, TimeProvider clock)
{
    public async Task<IReadOnlyList<DeadMessage>> ListAsync(CancellationToken ct)
    {
        var dead = new List<DeadMessage>();
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in modules)
        {
            // A module with no outbox (Identity publishes nothing) has nothing to park.
            if (scope.ServiceProvider.GetRequiredService(module.ContextType) is not ModuleDbContext db) continue;
            var rows = await db.Outbox.AsNoTracking().Where(m => m.DeadAt != null).ToListAsync(ct);
            dead.AddRange(rows.Select(m => new DeadMessage(
                module.Schema, m.Id, m.Name, m.Version, m.Attempts, m.LastError, m.OccurredAt, m.DeadAt!.Value)));
        }
        return [.. dead.OrderByDescending(m => m.DeadAt)];
    }

    /// <summary>Gives a dead message a fresh series of attempts; not found unless it is dead in that module.</summary>
    public async Task<Result> RetryAsync(string module, Guid id, CancellationToken ct)
    {
        if (modules.FirstOrDefault(m => string.Equals(m.Schema, module, StringComparison.Ordinal)) is not { } known)
            return Error.NotFound("module");
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService(known.ContextType) is not ModuleDbContext db) return Error.NotFound("module");
        if (await db.Outbox.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } message || !message.Revive(clock.GetUtcNow()))
            return Error.NotFound("dead message");
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
