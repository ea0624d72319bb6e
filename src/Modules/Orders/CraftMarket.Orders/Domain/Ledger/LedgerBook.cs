using CraftMarket.Orders.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Domain.Ledger;

/// <summary>
/// The one door into the ledger. Refuses a transaction that does not balance or has fewer than two
/// lines, and one whose cause was already posted (same <see cref="LedgerTransaction.SourceKey"/>: the
/// unique index makes a concurrent duplicate fail at SaveChanges too). The caller saves, in the same
/// unit of work as the change that caused the posting.
/// </summary>
internal static class LedgerBook
{
    public static async Task<bool> PostAsync(this OrdersDb db, LedgerTransaction transaction, CancellationToken ct)
    {
        Check(transaction);
        var key = transaction.SourceKey;
        if (db.Transactions.Local.Any(t => t.SourceKey == key) || await db.Transactions.AnyAsync(t => t.SourceKey == key, ct)) return false;
        db.Transactions.Add(transaction);
        return true;
    }

    public static void Check(LedgerTransaction transaction)
    {
        if (transaction.Entries.Count < 2)
            throw new UnbalancedPostingException($"Posting {transaction.SourceKey} has {transaction.Entries.Count} line(s); a posting moves money between two accounts at least.");
        if (transaction.SumDong != 0)
            throw new UnbalancedPostingException($"Posting {transaction.SourceKey} is off by {transaction.SumDong} đồng.");
    }
}

internal sealed class UnbalancedPostingException(string message) : InvalidOperationException(message);
