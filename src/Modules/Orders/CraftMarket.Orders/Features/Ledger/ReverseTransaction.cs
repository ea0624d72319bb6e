using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Ledger;

internal sealed record ReverseRequest(string? Reason);

internal sealed record ReversalDto(Guid Id, Guid ReversesId, string SourceKey, DateOnly BookedOn, string Memo);

/// <summary>
/// The admin undoes a posting by posting its mirror (key "reverse:{id}"), never by editing it. A
/// reversal is not reversed again, and a posting is reversed once: both are 409s. The households whose
/// payable it moves have their rows bumped, so a payout deciding on the old balance cannot commit.
/// </summary>
internal sealed class ReverseTransaction(OrdersDb db, TimeProvider clock)
{
    public const int ReasonMax = 300;

    public async Task<Result<ReversalDto>> ReverseAsync(LedgerTransactionId id, ReverseRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsAssociationAdmin) return Error.NotFound("transaction");
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length == 0) return Error.Validation("reason", "Say why the posting is reversed.");
        if (reason.Length > ReasonMax) return Error.Validation("reason", $"At most {ReasonMax} characters.");
        if (await db.Transactions.FirstOrDefaultAsync(t => t.Id == id, ct) is not { } original) return Error.NotFound("transaction");
        if (original.ReversesId is not null) return Error.Conflict("ledger.reversal-of-reversal", "A reversal is not reversed; post the correction instead.");
        var key = $"reverse:{original.Id}";
        if (await db.Transactions.AnyAsync(t => t.SourceKey == key, ct)) return Error.Conflict("ledger.already-reversed", "This posting was already reversed.");

        var now = clock.GetUtcNow();
        var mirror = Postings.Reversal(original, reason, VietnamDate.Today(now), now);
        foreach (var member in original.Entries.Where(e => e.MemberId is not null).Select(e => e.MemberId!.Value).Distinct())
            await RecordPayout.TouchAsync(db, member, now, ct);
        await db.PostAsync(mirror, ct);
        if (original.OrderId is { } orderId && await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, ct) is { } order)
            db.Timeline(order, "ledger:reversal", actor.DisplayName, $"{original.Kind} posting reversed: {reason}", forBuyer: false, clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("ledger.already-reversed", "This posting was reversed at the same moment by someone else.");
        }
        return new ReversalDto(mirror.Id.Value, original.Id.Value, mirror.SourceKey, mirror.BookedOn, mirror.Memo);
    }
}
