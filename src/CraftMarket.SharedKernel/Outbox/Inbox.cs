using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// Processes a message from outside once. The receipt row is inserted first, in a transaction
/// that also holds the effect: a second delivery of the same id, even one running at the same
/// moment on another connection, waits on the row's unique key, then fails it and is told
/// "already processed"; a failed effect rolls the receipt back, so the sender's retry is processed.
/// </summary>
public static class Inbox
{
    /// <summary>
    /// Runs <paramref name="effect"/> (which changes <paramref name="db"/>; it may save, or leave the
    /// save to this method) unless (source, id) was processed before. True when it ran now.
    /// </summary>
    public static async Task<bool> ProcessOnceAsync(this DbContext db, string source, string externalId,
        Func<CancellationToken, Task> effect, TimeProvider clock, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        if (source.Length > InboxMessage.SourceMaxLength || externalId.Length > InboxMessage.ExternalIdMaxLength)
            throw new ArgumentException($"Inbox source or id too long: {source}/{externalId}.");
        if (await db.Set<InboxMessage>().AnyAsync(m => m.Source == source && m.ExternalId == externalId, ct)) return false;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var receipt = db.Set<InboxMessage>().Add(new InboxMessage(source, externalId, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException duplicate) when (IsUniqueViolation(duplicate))
        {
            receipt.State = EntityState.Detached;
            return false;
        }
        await effect(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,   // SQLITE_CONSTRAINT
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
