using CraftMarket.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// The embedded index: one <see cref="IndexWriter"/> for the process (Lucene allows one per
/// directory) and a near-real-time <see cref="SearcherManager"/>. Every write batch is committed
/// before it returns, so an event whose handler returned is on disk; a crash loses only batches
/// whose events the outbox has not marked delivered, and it delivers them again. Readers are
/// refreshed only after a whole batch, under the write lock, so searchers never see half of one
/// (a reindex's delete-then-add, in particular).
/// A web-role process on the worker's data directory opens it with <see cref="ReadOnly"/> instead:
/// no writer (the worker holds Lucene's write lock), searches on the last commit, looked for again
/// at most once a second (ADR 0080).
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private readonly bool readOnly;
    private readonly Lock opening = new();
    private long nextRefresh;

    /// <summary>
    /// Reads what another process (the worker) commits to <paramref name="path"/>; never writes. Until
    /// that process has made the index, searches find nothing.
    /// </summary>
    public static LuceneIndex ReadOnly(string path) => new(path, readOnly: true);

    private LuceneIndex(string path, bool readOnly)
    {
        Path = path;
        this.readOnly = readOnly;
        System.IO.Directory.CreateDirectory(path);
        directory = FSDirectory.Open(path);
        writer = null!;
        searchers = null!;
    }

    public LuceneIndex(string path)
    {
        Path = path;
        System.IO.Directory.CreateDirectory(path);
        directory = FSDirectory.Open(path);
        try
        {
            (writer, searchers) = Open();
        }
        catch
        {
            // Another process (the running site) holds the index: let go of the directory before saying so.
            directory.Dispose();
            throw;
        }
    }

    private (IndexWriter, SearcherManager) Open()
    {
        var config = new IndexWriterConfig(Analyzers.Version, Analyzers.PerField())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            RAMBufferSizeMB = 64,
            // Every term of a query is looked up in every segment, so segment count is search cost. A
            // catalogue is written little and read much: merge sooner than Lucene's default (10 per tier).
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 4, MaxMergeAtOnce = 4 },
        };
        var w = new IndexWriter(directory, config);
        // A new index is committed empty at once, so a reader can always open it.
        w.Commit();
        return (w, new SearcherManager(w, applyAllDeletes: true, new BM25Searchers()));
    }

    public static readonly Similarity Similarity = new BM25Similarity();

    public string Path { get; }

    /// <summary>True in a web-role process: it reads what the worker writes, and never writes itself.</summary>
    public bool IsReadOnly => readOnly;

    public async Task WriteAsync(Action<IndexWriter> write, CancellationToken ct)
    {
        if (readOnly)
            throw new InvalidOperationException("This process reads the search index another process writes (CraftMarket:Role=web): index writes belong to the worker.");
        await writeLock.WaitAsync(ct);
        try
        {
            try
            {
                write(writer);
                writer.Commit();
            }
            catch
            {
                // Drop what this batch half-did (a reindex's deletes without its adds must never be
                // committed by the next batch); the event that caused it will be delivered again.
                // Rollback closes the writer, so open a new one on the last commit.
                writer.Rollback();
                var old = searchers;
                (writer, searchers) = Open();
                old.Dispose();
                throw;
            }
            searchers.MaybeRefreshBlocking();
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// Waits for the background merges a bulk load started and shows their result to searchers;
    /// without it the first searches after a load see the unmerged segments until the next write.
    /// </summary>
    public Task SettleAsync(CancellationToken ct) => WriteAsync(w => w.WaitForMerges(), ct);

    public T Read<T>(Func<IndexSearcher, T> read)
    {
        if (readOnly)
        {
            if (Committed() is not { } committed) return read(new IndexSearcher(new MultiReader()) { Similarity = Similarity });   // no index yet: nothing found
            var current = committed.Acquire();
            try
            {
                return read(current);
            }
            finally
            {
                committed.Release(current);
            }
        }
        var manager = searchers;
        IndexSearcher searcher;
        try
        {
            searcher = manager.Acquire();
        }
        catch (ObjectDisposedException)
        {
            // The writer was just reopened after a failed batch: take the new manager.
            manager = searchers;
            searcher = manager.Acquire();
        }
        try
        {
            return read(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The read-only manager on the last commit, refreshed at most once a second; null while there is no index yet.</summary>
    private SearcherManager? Committed()
    {
        var manager = searchers;
        var now = Environment.TickCount64;
        if (manager is null)
        {
            lock (opening)
            {
                if (searchers is null && DirectoryReader.IndexExists(directory))
                {
                    searchers = new SearcherManager(directory, new BM25Searchers());
                    Volatile.Write(ref nextRefresh, now + 1000);
                }
                return searchers;
            }
        }
        if (now >= Volatile.Read(ref nextRefresh))
        {
            Volatile.Write(ref nextRefresh, now + 1000);
            manager.MaybeRefresh();   // another thread refreshing already: this search uses the current one
        }
        return manager;
    }

    public void Dispose()
    {
        searchers?.Dispose();
        writer?.Dispose();
        directory.Dispose();
        writeLock.Dispose();
    }

    private sealed class BM25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
