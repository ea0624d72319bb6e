using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Desk;

/// <summary>Who takes an inquiry: a desk or admin account of this association, or nobody. <see cref="Revision"/>: the inquiry's revision the caller saw.</summary>
internal sealed record AssignInput(Guid? UserId, int? Revision);

/// <summary>Why the association declines, in the buyer's language (it is written to the thread).</summary>
internal sealed record DeclineInput(string? Reason, int? Revision);

internal sealed record Assignment(Guid Id, InboxAssignee? Assignee, int Revision);

internal sealed record Declined(Guid Id, InquiryStatus Status, int Revision, int QuotesWithdrawn, int SharesWithdrawn);

/// <summary>
/// The desk's own changes to an inquiry: assigning it and declining it. Each checks the revision
/// the caller saw (optional: a page or client that read the inquiry sends it) and the database
/// checks it again on save, so of two desk members acting at once the second gets a 409 that says
/// what happened instead of silently overwriting the first.
/// </summary>
internal sealed class DeskActions(InquiriesDb db, InquiryThread thread, IAssociationStaff staff, TimeProvider clock)
{
    public async Task<Result<Assignment>> AssignAsync(InquiryId id, AssignInput input, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsDesk()) return Error.Forbidden();
        if (await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return Error.NotFound("inquiry");
        if (Stale(inquiry, input.Revision) is { } stale) return stale;

        StaffAccount? account = null;
        if (input.UserId is { } userId)
        {
            account = (await staff.ListAsync(ct)).FirstOrDefault(s => s.UserId == userId && s.IsDesk);
            if (account is null)
                return Error.Validation("userId", "Choose an export desk member or an association admin of this association.");
        }
        if (inquiry.AssigneeUserId == account?.UserId) return Of(inquiry);

        var name = account is null ? null : Name(account);
        thread.System(inquiry, account is null
            ? $"{actor.DisplayName} bỏ giao việc (trước: {inquiry.AssigneeName})."
            : $"{actor.DisplayName} giao cho {name}.", isInternal: true);
        inquiry.AssigneeUserId = account?.UserId;
        inquiry.AssigneeName = name;
        inquiry.Touch(clock.GetUtcNow());
        return await SaveAsync(inquiry, ct) is { } lost ? lost : Of(inquiry);
    }

    public async Task<Result<Declined>> DeclineAsync(InquiryId id, DeclineInput input, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsDesk()) return Error.Forbidden();
        if (await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return Error.NotFound("inquiry");
        if (string.IsNullOrWhiteSpace(input.Reason)) return Error.Validation("reason", "Tell the buyer why, in their language.");
        if (Stale(inquiry, input.Revision) is { } stale) return stale;
        if (!inquiry.IsOpen)
            return Error.Conflict("inquiry_closed", $"This inquiry is {inquiry.Status}: only a new, allocating or quoted inquiry can be declined.");

        var posted = thread.Post(inquiry, actor, input.Reason, isInternal: false);
        if (posted.IsFailure) return posted.Error!.Fields is { } fields && fields.ContainsKey("body")
            ? Error.Validation("reason", fields["body"][0]) : posted.Error!;

        var now = clock.GetUtcNow();
        var quotes = await db.Quotes.Where(q => q.InquiryId == id && q.Status == QuoteStatus.Sent).ToListAsync(ct);
        foreach (var quote in quotes) quote.Status = QuoteStatus.Withdrawn;
        // Every share still in play is taken back; those already declined or withdrawn stay as they were.
        var shares = await db.Shares.Where(s => s.InquiryId == id
            && (s.Status == ShareStatus.Proposed || s.Status == ShareStatus.Offered || s.Status == ShareStatus.Countered || s.Status == ShareStatus.Accepted))
            .ToListAsync(ct);
        foreach (var share in shares)
        {
            share.Status = ShareStatus.Withdrawn;
            share.UpdatedAt = now;
            share.Revision++;
        }
        inquiry.Status = InquiryStatus.Declined;
        inquiry.Touch(now);
        db.Changed(inquiry, InquiryChange.StatusChanged, clock);
        return await SaveAsync(inquiry, ct) is { } lost ? lost : new Declined(inquiry.Id.Value, inquiry.Status, inquiry.Revision, quotes.Count, shares.Count);
    }

    private static Error? Stale(Inquiry inquiry, int? seen) =>
        seen is { } revision && revision != inquiry.Revision ? Changed(inquiry) : null;

    private static Error Changed(Inquiry inquiry) => Error.Conflict("inquiry_changed",
        $"Someone else changed inquiry {inquiry.Number} since you opened it (now {inquiry.Status}, " +
        $"{(inquiry.AssigneeName is { } who ? "assigned to " + who : "unassigned")}). Reload it and try again.");

    /// <summary>Saves; the loser of a race is told who won, read fresh from the database.</summary>
    private async Task<Error?> SaveAsync(Inquiry inquiry, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == inquiry.Id, ct);
            return now is null ? Error.NotFound("inquiry") : Changed(now);
        }
    }

    private static Assignment Of(Inquiry inquiry) => new(inquiry.Id.Value,
        inquiry.AssigneeUserId is { } who ? new InboxAssignee(who, inquiry.AssigneeName ?? "") : null, inquiry.Revision);

    private static string Name(StaffAccount account) =>
        account.DisplayName.Length > 0 ? account.DisplayName[..Math.Min(200, account.DisplayName.Length)] : account.Email ?? account.UserId.ToString();
}
