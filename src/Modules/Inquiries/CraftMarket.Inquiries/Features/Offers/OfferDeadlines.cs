using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>
/// What the offers do as time passes, for every association: one reminder text at half the time to
/// answer (claimed first: <c>ReminderSentAt</c> commits under the share's revision, so two nodes never
/// both text), and unanswered offers past their deadline withdrawn with the note "hết hạn" for the desk
/// to re-allocate. Nothing goes to the buyer. Tests call <see cref="RunAsync"/> with the instant they want.
/// </summary>
internal sealed class OfferDeadlines(IServiceScopeFactory scopes, ITenantDirectory tenants, ILogger<OfferDeadlines> log)
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        now = now.ToUniversalTime();   // PostgreSQL keeps instants in UTC only
        IReadOnlyList<OfferWork> work;
        await using (var scan = scopes.CreateAsyncScope())
            work = await OfferScanCrossTenant.ScanAsync(scan.ServiceProvider.GetRequiredService<InquiriesDb>(), now, ct);

        foreach (var village in work.GroupBy(w => w.TenantId))
        {
            if (tenants.FindById(village.Key) is not { } association) continue;
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(association.Id, association.Slug);
            scope.ServiceProvider.GetRequiredService<ICurrentActor>().ActAsBackground("inquiries offer deadlines");
            var db = scope.ServiceProvider.GetRequiredService<InquiriesDb>();
            var members = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            var texts = scope.ServiceProvider.GetRequiredService<OfferTexts>();
            foreach (var item in village)
            {
                try
                {
                    if (await db.Shares.FirstOrDefaultAsync(s => s.Id == item.ShareId, ct) is not { } share) continue;
                    if (share.IsExpiredAt(now))
                    {
                        share.Expire(now);
                        await db.SaveChangesAsync(ct);
                        log.LogInformation("Offer {Share} expired unanswered", share.Id);
                    }
                    else if (share.IsDueReminderAt(now))
                    {
                        share.Remind(now);
                        await db.SaveChangesAsync(ct);   // the claim: a second node's save meets the revision and texts nothing
                        if (await members.FindAsync(share.MemberId, ct) is { Status: not MemberStatus.Deactivated } member)
                        {
                            var inquiry = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == share.InquiryId, ct);
                            var unit = inquiry?.Lines.FirstOrDefault(l => l.Id == share.LineId)?.Unit ?? SharedKernel.Trade.UnitOfSale.Default;
                            try { await texts.SendReminderAsync(member.PhoneE164, share, unit, ct); }
                            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Offer reminder text for {Share} failed", share.Id); }
                        }
                    }
                }
                catch (DbUpdateException e)
                {
                    // The household answered, the desk acted or another node got there first.
                    log.LogInformation(e, "Skipped offer {Share}: it changed meanwhile", item.ShareId);
                    db.ChangeTracker.Clear();
                }
            }
        }
    }
}
