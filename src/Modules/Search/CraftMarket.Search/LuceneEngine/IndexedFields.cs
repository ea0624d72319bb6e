using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// The fields that have terms in any segment of a reader. A query word is looked up in up to ten
/// language fields, and each lookup costs a term-dictionary seek per segment; fields nobody has
/// written (French or Japanese, until a producer adds them) are skipped instead.
/// </summary>
internal static class IndexedFields
{
    private static readonly ConditionalWeakTable<IndexReader, IReadOnlySet<string>> Known = new();

    public static IReadOnlySet<string> Of(IndexReader reader) => Known.GetValue(reader, r =>
        r.Leaves.SelectMany(leaf => leaf.AtomicReader.FieldInfos).Where(f => f.IsIndexed).Select(f => f.Name).ToHashSet(StringComparer.Ordinal));
}
