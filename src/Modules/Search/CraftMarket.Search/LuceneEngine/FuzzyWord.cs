using CraftMarket.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// A typo-tolerant word looked up in several fields. <see cref="FuzzyQuery"/> builds its
/// Levenshtein automata per query, so one per field; here they are built once per word and handed
/// to each field's query, which otherwise behaves as a plain <see cref="FuzzyQuery"/> (same edits,
/// prefix, top-terms scoring). <see cref="MaxExpansions"/> bounds the terms a word can turn into.
/// The word itself is left out: it is already looked up exactly (in the same folded field, or the
/// stemmed one), and scanning its usually long postings again only for a typo clause's small share
/// of the score was most of the cost of a correctly spelt word.
/// </summary>
internal sealed class FuzzyWord
{
    private const int PrefixLength = QueryPlanner.FuzzyPrefixLength;
    private const int MaxExpansions = QueryPlanner.FuzzyMaxExpansions;

    private readonly string word;
    private readonly int maxEdits;
    private readonly Lazy<CompiledAutomaton[]> automata;

    public FuzzyWord(string word, int maxEdits)
    {
        (this.word, this.maxEdits) = (word, maxEdits);
        automata = new Lazy<CompiledAutomaton[]>(Build, LazyThreadSafetyMode.None);
    }

    public Query In(string field) => new Shared(new Term(field, word), maxEdits, this);

    // The same automata FuzzyTermsEnum would build: the word after its fixed prefix within 0..maxEdits, the prefix prepended.
    private CompiledAutomaton[] Build()
    {
        var levenshtein = new LevenshteinAutomata(word[PrefixLength..], withTranspositions: true);
        var prefix = BasicAutomata.MakeString(word[..PrefixLength]);
        return [.. Enumerable.Range(0, maxEdits + 1)
            .Select(edits => new CompiledAutomaton(BasicOperations.Concatenate(prefix, levenshtein.ToAutomaton(edits)), finite: true, simplify: false))];
    }

    private sealed class Shared(Term term, int maxEdits, FuzzyWord owner)
        : FuzzyQuery(term, maxEdits, FuzzyWord.PrefixLength, MaxExpansions, transpositions: true)
    {
        protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
        {
            // FuzzyTermsEnum keeps its automata in this attribute and only builds those missing.
            var cached = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata;
            if (cached.Count == 0) foreach (var a in owner.automata.Value) cached.Add(a);
            return new NotExactly(base.GetTermsEnum(terms, atts), new BytesRef(owner.word));
        }
    }

    // Shares the fuzzy enum's attributes (boosts, competitive bound), so top-terms scoring is unchanged.
    private sealed class NotExactly(TermsEnum fuzzy, BytesRef word) : FilteredTermsEnum(fuzzy, startWithSeek: false)
    {
        protected override AcceptStatus Accept(BytesRef term) => term.BytesEquals(word) ? AcceptStatus.NO : AcceptStatus.YES;
    }
}
