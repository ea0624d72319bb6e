using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Desk;

internal sealed record MessageInput(string? Body, bool? Internal);

/// <summary>One entry of the thread. <see cref="Author"/>: Buyer, Desk or System; <see cref="Internal"/> entries reach staff only.</summary>
internal sealed record MessageDto(Guid Id, string Author, string AuthorName, string Body, bool Internal, DateTimeOffset At)
{
    public static MessageDto From(InquiryMessage m) => new(m.Id, m.Author.ToString(), m.AuthorName, m.Body, m.IsInternal, m.At);
}

/// <summary>
/// An inquiry's thread for the two people it is between: the buyer who sent the inquiry and the
/// association's export desk (or admin). The buyer's read leaves internal notes out in the query
/// itself; anyone else (another buyer, a household, an inspector) finds no such inquiry.
/// Writing goes through <see cref="InquiryThread.Post"/>, which decides who may write what.
/// </summary>
internal sealed class ThreadMessages(InquiriesDb db, InquiryThread thread)
{
    public const int MaxShown = 1000;

    public async Task<Result<IReadOnlyList<MessageDto>>> ListAsync(InquiryId id, CurrentActor actor, CancellationToken ct)
    {
        if (await ReaderOf(id, actor, ct) is not { } reader) return Error.NotFound("inquiry");
        var messages = db.Messages.AsNoTracking().Where(m => m.InquiryId == id);
        if (!reader.IsDesk) messages = messages.Where(m => !m.IsInternal);
        var rows = await messages.OrderBy(m => m.At).ThenBy(m => m.Id).Take(MaxShown).ToListAsync(ct);
        return Result.Ok<IReadOnlyList<MessageDto>>([.. rows.Select(MessageDto.From)]);
    }

    public async Task<Result<MessageDto>> PostAsync(InquiryId id, MessageInput input, CurrentActor actor, CancellationToken ct)
    {
        // Two messages at once collide on the inquiry's revision; a message does not depend on the
        // other, so it is simply written again on the fresh inquiry.
        for (var attempt = 1; ; attempt++)
        {
            if (await ReaderOf(id, actor, ct) is null) return Error.NotFound("inquiry");
            var inquiry = await db.Inquiries.FirstAsync(i => i.Id == id, ct);
            var posted = thread.Post(inquiry, actor, input.Body, input.Internal ?? false);
            if (posted.IsFailure) return posted.Error!;
            try
            {
                await db.SaveChangesAsync(ct);
                return MessageDto.From(posted.Value!);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private sealed record Reader(bool IsDesk);

    /// <summary>Desk or the inquiry's own buyer; null (not found) for everyone else, so an id never confirms it exists.</summary>
    private async Task<Reader?> ReaderOf(InquiryId id, CurrentActor actor, CancellationToken ct)
    {
        var buyer = await db.Inquiries.AsNoTracking().Where(i => i.Id == id).Select(i => (Guid?)i.Buyer.UserId).FirstOrDefaultAsync(ct);
        if (buyer is null) return null;
        if (actor.IsDesk()) return new Reader(true);
        return actor.UserId is { } user && user == buyer ? new Reader(false) : null;
    }
}
