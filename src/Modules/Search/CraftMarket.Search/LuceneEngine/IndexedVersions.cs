using CraftMarket.Search.Analysis;
using CraftMarket.SharedKernel.Tenancy;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// The catalogue version (UpdatedAt ticks) of indexed products, read from doc values. Documents
/// written before the field existed read as 0, so any snapshot replaces them.
/// </summary>
internal static class IndexedVersions
{
    /// <summary>The version of each of <paramref name="ids"/> that is indexed.</summary>
    public static Dictionary<string, long> Of(IndexSearcher searcher, IEnumerable<string> ids)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTerms(SearchFields.Id) is not { } terms) continue;
            var termsEnum = terms.GetEnumerator();
            var versions = reader.GetNumericDocValues(SearchFields.Version);
            DocsEnum? docs = null;
            foreach (var id in ids)
            {
                if (!termsEnum.SeekExact(new BytesRef(id))) continue;
                docs = termsEnum.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                var doc = docs.NextDoc();
                if (doc != DocIdSetIterator.NO_MORE_DOCS) found[id] = versions?.Get(doc) ?? 0;
            }
        }
        return found;
    }

    /// <summary>Every product indexed for one association, with its version.</summary>
    public static Dictionary<string, long> OfTenant(IndexSearcher searcher, TenantId tenant)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var term = new BytesRef(tenant.ToString());
        var id = new BytesRef();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTermDocsEnum(new Term(SearchFields.Tenant, term)) is not { } docs) continue;
            var ids = reader.GetSortedDocValues(SearchFields.Id);
            var versions = reader.GetNumericDocValues(SearchFields.Version);
            var live = reader.LiveDocs;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (live is not null && !live.Get(doc)) continue;
                ids.Get(doc, id);
                found[id.Utf8ToString()] = versions?.Get(doc) ?? 0;
            }
        }
        return found;
    }
}
