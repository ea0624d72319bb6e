using CraftMarket.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Identity.Features.Sessions;

/// <summary>
/// Deletes session rows nobody can use any more: expired ones, and those whose account's stamp has
/// changed since (deactivated member, moved phone, new password). The gate already refuses them;
/// this only keeps the table small. Hourly (not at start, while migrations may still run).
/// </summary>
internal sealed class SessionCleanup(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SessionCleanup> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await SweepAsync(stoppingToken);
                if (removed > 0) log.LogInformation("Removed {Count} ended sessions", removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Could not remove ended sessions; will try again");
            }
        }
    }

    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var now = clock.GetUtcNow();
        var expired = await db.Sessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        var outdated = await db.Sessions
            .Where(s => db.Users.Any(u => u.Id == s.UserId && u.SecurityStamp != s.SecurityStamp))
            .ExecuteDeleteAsync(ct);
        return expired + outdated;
    }
}
