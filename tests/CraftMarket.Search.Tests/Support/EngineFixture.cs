using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Glossary;
using CraftMarket.Search.LuceneEngine;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Tests.Support;

/// <summary>A real Lucene index in a temporary directory, queried as the module does (planned with a glossary).</summary>
public sealed class LuceneFixture : IDisposable
{
    public LuceneFixture() => (Index, Engine) = Open(Dir);

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "craftmarket-search-tests", Guid.NewGuid().ToString("N"));
    internal LuceneIndex Index { get; private set; }
    internal LuceneSearchEngine Engine { get; private set; }

    public IReadOnlyList<IReadOnlyList<string>> Glossary { get; set; } = DefaultGlossary.Groups;
    public List<TenantId> Hidden { get; } = [];

    internal static (LuceneIndex, LuceneSearchEngine) Open(string dir)
    {
        var index = new LuceneIndex(dir);
        return (index, new LuceneSearchEngine(index));
    }

    public Task Add(params PublishedProduct[] products) => Engine.UpsertAsync([.. products.Select(p => p.Indexed())], default);

    public Task<SearchResult> Search(string? text, TenantId? tenant = null, Dictionary<string, IReadOnlyList<string>>? filters = null,
        SearchSort sort = SearchSort.Relevance, int page = 1, int pageSize = 20, string language = "en") =>
        Engine.SearchAsync(new EngineQuery(new SearchQuery(text, tenant, filters ?? [], sort, page, pageSize, language),
            QueryPlanner.Plan(text, Glossary), Hidden), default);

    public async Task<List<string>> Names(string text, TenantId? tenant = null) =>
        [.. (await Search(text, tenant)).Hits.Select(h => h.Name)];

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
