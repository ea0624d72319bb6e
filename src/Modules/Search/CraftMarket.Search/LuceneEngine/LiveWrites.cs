namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// Which products events changed while a village was being rebuilt. A rebuild reads the catalogue
/// before it takes the write lock, so an event delivered meanwhile (a newer version, a withdrawal,
/// a new product, a cover) is newer than the snapshot: the rebuild leaves those products as the
/// event left them. Writes are numbered; only those made while a rebuild runs are remembered.
/// </summary>
internal sealed class LiveWrites
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, long> writtenAt = new(StringComparer.Ordinal);
    private long sequence;
    private int rebuilding;

    public void Record(IEnumerable<string> ids)
    {
        lock (gate)
        {
            sequence++;
            if (rebuilding == 0) return;
            foreach (var id in ids) writtenAt[id] = sequence;
        }
    }

    /// <summary>Starts remembering writes; the mark to pass to <see cref="Since"/>.</summary>
    public long BeginRebuild()
    {
        lock (gate)
        {
            rebuilding++;
            return sequence;
        }
    }

    /// <summary>The products written after <paramref name="mark"/>.</summary>
    public IReadOnlySet<string> Since(long mark)
    {
        lock (gate) return writtenAt.Where(w => w.Value > mark).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
    }

    public void EndRebuild()
    {
        lock (gate)
        {
            if (--rebuilding == 0) writtenAt.Clear();
        }
    }
}
