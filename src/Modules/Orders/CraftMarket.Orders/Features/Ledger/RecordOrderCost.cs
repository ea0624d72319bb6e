using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Ledger;

internal enum OrderCostKind { Freight, Packing, Testing, Other }

internal sealed record OrderCostRequest(string? Kind, long? AmountDong, string? PaidFrom, string? Note, DateOnly? PaidOn, Guid? RequestId);

internal sealed record OrderCostDto(Guid TransactionId, string Kind, long AmountDong, string PaidFrom, DateOnly PaidOn, string Memo);

/// <summary>
/// The desk records what an order cost the association besides the households' work (freight,
/// packing, testing), paid from the bank or cash: Dr OrderCosts, Cr Bank/Cash, key "cost:{guid}" (the
/// client's request id when it sends one, so a retried request posts once). The surplus counts it.
/// </summary>
internal sealed class RecordOrderCost(OrdersDb db, TimeProvider clock)
{
    public const int NoteMax = 200;
    public const long MaxDong = 100_000_000_000;   // 100 billion đồng: far above any order cost, below any overflow

    public async Task<Result<OrderCostDto>> RecordAsync(OrderId orderId, OrderCostRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsLedgerDesk()) return Error.NotFound("order");
        var now = clock.GetUtcNow();
        var today = VietnamDate.Today(now);
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Enum.TryParse<OrderCostKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            fields["kind"] = ["Choose Freight, Packing, Testing or Other."];
        if (request.AmountDong is not (> 0 and <= MaxDong)) fields["amountDong"] = ["The amount in đồng must be above zero."];
        LedgerAccount? from = request.PaidFrom?.Trim().ToUpperInvariant() switch
        {
            "BANK" => LedgerAccount.Bank,
            "CASH" => LedgerAccount.Cash,
            _ => null,
        };
        if (from is null) fields["paidFrom"] = ["Paid from Bank or Cash."];
        var note = request.Note?.Trim() ?? "";
        if (note.Length > NoteMax) fields["note"] = [$"At most {NoteMax} characters."];
        var paidOn = request.PaidOn ?? today;
        if (paidOn > today || paidOn < today.AddDays(-RecordPayout.MaxDaysBack)) fields["paidOn"] = ["The date is today or within the past year."];
        if (fields.Count > 0) return Error.Validation(fields);
        if (await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, ct) is not { } order) return Error.NotFound("order");

        var key = $"cost:{request.RequestId ?? Guid.CreateVersion7()}";
        // What the desk typed comes first (an invoice number, a carrier): it is what the accountant looks for.
        var memo = note.Length > 0 ? $"{note} ({kind}, {order.Number})" : $"{kind} for {order.Number}";
        var posting = Postings.OrderCost(order, key, new Money(request.AmountDong!.Value, Currency.VND), from!.Value, memo, paidOn, now);
        if (!await db.PostAsync(posting, ct))
        {
            var existing = await db.Transactions.AsNoTracking().FirstAsync(t => t.SourceKey == key, ct);
            if (existing.OrderId != order.Id) return Error.Conflict("cost.request-reused", "This request id was used for another order.");
            return Dto(existing, kind);
        }
        db.Timeline(order, "ledger:cost", actor.DisplayName, memo, forBuyer: false, clock);
        await db.SaveChangesAsync(ct);
        return Dto(posting, kind);
    }

    private static OrderCostDto Dto(LedgerTransaction t, OrderCostKind kind) =>
        new(t.Id.Value, kind.ToString(), t.Entries.Where(e => e.Account == LedgerAccount.OrderCosts).Sum(e => e.AmountDong),
            t.Entries.First(e => e.AmountDong < 0).Account.ToString(), t.BookedOn, t.Memo);
}
