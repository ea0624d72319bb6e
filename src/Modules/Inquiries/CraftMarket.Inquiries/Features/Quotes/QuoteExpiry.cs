using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>
/// Records what the clock already decided: sent quotes past validity become Expired, and an inquiry
/// whose latest version expired becomes Expired (StatusChanged, so the buyer is told). Acceptance
/// never waits for this (<see cref="Quote.IsAcceptableAt"/>). Each inquiry commits on its own; its
/// revision lets one node win when several run the job.
/// </summary>
internal sealed class QuoteExpiry(IServiceScopeFactory scopes, ITenantDirectory tenants, TimeProvider clock, ILogger<QuoteExpiry> log)
{
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        now = now.ToUniversalTime();
        var today = VietnamCalendar.Today(now);
        IReadOnlyList<TenantId> villages;
        await using (var scan = scopes.CreateAsyncScope())
            villages = await QuoteExpiryScanCrossTenant.TenantsWithExpiredAsync(scan.ServiceProvider.GetRequiredService<InquiriesDb>(), today, ct);

        var expired = 0;
        foreach (var id in villages)
        {
            if (tenants.FindById(id) is not { } association) continue;
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(association.Id, association.Slug);
            scope.ServiceProvider.GetRequiredService<ICurrentActor>().ActAsBackground("quote expiry");
            var db = scope.ServiceProvider.GetRequiredService<InquiriesDb>();
            var inquiries = await db.Quotes.Where(q => q.Status == QuoteStatus.Sent && q.ValidUntil < today).Select(q => q.InquiryId).Distinct().ToListAsync(ct);
            foreach (var inquiryId in inquiries)
            {
                try
                {
                    expired += await ExpireAsync(db, inquiryId, now, ct);
                }
                catch (DbUpdateException e)
                {
                    log.LogInformation(e, "Skipped expiring the quotes of inquiry {Inquiry}: it changed meanwhile", inquiryId);
                    db.ChangeTracker.Clear();
                }
            }
        }
        return expired;
    }

    private async Task<int> ExpireAsync(InquiriesDb db, InquiryId inquiryId, DateTimeOffset now, CancellationToken ct)
    {
        var quotes = await db.Quotes.Where(q => q.InquiryId == inquiryId).ToListAsync(ct);
        var count = quotes.Count(q => q.ExpireAt(now));
        if (count == 0) return 0;
        var latest = quotes.MaxBy(q => q.Version)!;
        if (latest.Status == QuoteStatus.Expired && await db.Inquiries.FirstOrDefaultAsync(i => i.Id == inquiryId, ct) is { Status: InquiryStatus.Quoted } inquiry)
        {
            inquiry.Status = InquiryStatus.Expired;
            inquiry.Touch(now);
            db.Changed(inquiry, InquiryChange.StatusChanged, clock);
        }
        await db.SaveChangesAsync(ct);
        return count;
    }
}

/// <summary>Bound from <c>CraftMarket:Inquiries</c>.</summary>
internal sealed class QuoteJobOptions
{
    public TimeSpan QuoteExpiryInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Runs <see cref="QuoteExpiry"/> every <see cref="QuoteJobOptions.QuoteExpiryInterval"/> on a process that does background work.</summary>
internal sealed class QuoteExpiryJob(QuoteExpiry expiry, ProcessRole role, IOptions<QuoteJobOptions> options, TimeProvider clock, ILogger<QuoteExpiryJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!role.RunsBackgroundWork) return;
        var interval = options.Value.QuoteExpiryInterval > TimeSpan.Zero ? options.Value.QuoteExpiryInterval : TimeSpan.FromMinutes(5);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await expiry.RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The quote expiry job failed; trying again in {Interval}", interval);
            }
        }
    }
}
