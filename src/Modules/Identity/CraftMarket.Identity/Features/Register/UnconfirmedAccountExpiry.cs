using CraftMarket.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Features.Register;

/// <summary>Bound from <c>CraftMarket:Identity</c>.</summary>
internal sealed class AccountExpiryOptions
{
    /// <summary>Days an unconfirmed buyer account keeps its address before it is deleted (confirmation links live one day).</summary>
    public int UnconfirmedBuyerDays { get; set; } = 7;
}

/// <summary>
/// Deletes unconfirmed buyer accounts older than <see cref="AccountExpiryOptions.UnconfirmedBuyerDays"/>,
/// so an address typed by someone who does not own it (or never finished registering) is free again.
/// </summary>
internal sealed class UnconfirmedAccountExpiry(IdentityDb db, TimeProvider clock, IOptions<AccountExpiryOptions> options)
{
    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow() - TimeSpan.FromDays(Math.Max(1, options.Value.UnconfirmedBuyerDays));
        var expired = await UnconfirmedBuyers.In(db).Where(u => u.CreatedAt < before).ToListAsync(ct);
        db.Users.RemoveRange(expired);   // their roles, tokens and security log go with them (cascade)
        await db.SaveChangesAsync(ct);
        return expired.Count;
    }
}

/// <summary>Runs the expiry hourly on the process that does background work.</summary>
internal sealed class UnconfirmedAccountExpiryJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<UnconfirmedAccountExpiryJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not at once: a starting node has its database to prepare, and nothing here is urgent.
        await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<UnconfirmedAccountExpiry>().DeleteExpiredAsync(stoppingToken);
                if (deleted > 0) log.LogInformation("Deleted {Count} unconfirmed buyer accounts past their confirmation period", deleted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Deleting expired unconfirmed buyer accounts failed; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
