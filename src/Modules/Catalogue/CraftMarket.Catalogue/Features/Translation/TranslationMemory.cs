using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>A remembered translation offered for one segment of the source: the same phrase once folded, or a very similar one.</summary>
internal sealed record MemorySuggestion(string Segment, string Source, string Target, bool Exact);

/// <summary>
/// The village's translation memory (ADR 0068): what staff confirmed is remembered per sentence and
/// per field, and offered again for the same phrase (after folding marks, case and spaces) or a very
/// similar one (at most one edit in ten characters of the folded phrase).
/// </summary>
internal sealed class TranslationMemory(CatalogueDb db, ITenantContext tenant, TimeProvider clock)
{
    private const double Similar = 0.9;
    private const int Candidates = 200;
    private readonly List<TranslationMemoryEntry> staged = [];

    public async Task<IReadOnlyList<MemorySuggestion>> SuggestAsync(string source, string language, CancellationToken ct)
    {
        var suggestions = new List<MemorySuggestion>();
        foreach (var segment in Segments.Of(source).Prepend(source.Trim()).Distinct(StringComparer.Ordinal))
        {
            var key = TranslationMemoryEntry.Key(segment);
            if (key.Length is 0 or > TranslationMemoryEntry.SourceMax) continue;
            var exact = await db.TranslationMemory.AsNoTracking().FirstOrDefaultAsync(m => m.Language == language && m.SourceKey == key, ct);
            if (exact is not null)
            {
                suggestions.Add(new(segment, exact.Source, exact.Target, Exact: true));
                continue;
            }
            var slack = Math.Max(1, key.Length / 10);
            var near = await db.TranslationMemory.AsNoTracking()
                .Where(m => m.Language == language && m.KeyLength >= key.Length - slack && m.KeyLength <= key.Length + slack)
                .OrderByDescending(m => m.UpdatedAt).Take(Candidates).ToListAsync(ct);
            if (near.Select(m => (Entry: m, Score: Similarity(key, m.SourceKey))).Where(m => m.Score >= Similar)
                    .OrderByDescending(m => m.Score).FirstOrDefault() is { Entry: { } best })
                suggestions.Add(new(segment, best.Source, best.Target, Exact: false));
        }
        return suggestions;
    }

    /// <summary>
    /// Stages what a confirmed translation teaches: the whole field, and sentence by sentence when source
    /// and translation have as many sentences. Committed with the product's save; <see cref="Discard"/> if that fails.
    /// </summary>
    public async Task StageAsync(string language, string source, string target, CancellationToken ct)
    {
        if (tenant.TenantId is not { } village) return;
        var pairs = new List<(string Source, string Target)> { (source.Trim(), target.Trim()) };
        var (from, to) = (Segments.Of(source), Segments.Of(target));
        if (from.Count > 1 && from.Count == to.Count) pairs.AddRange(from.Zip(to));
        foreach (var (s, t) in pairs.Where(p => TranslationMemoryEntry.Fits(p.Source, p.Target)))
        {
            var key = TranslationMemoryEntry.Key(s);
            var entry = staged.FirstOrDefault(m => m.Language == language && m.SourceKey == key)
                ?? await db.TranslationMemory.FirstOrDefaultAsync(m => m.Language == language && m.SourceKey == key, ct);
            if (entry is null)
            {
                entry = TranslationMemoryEntry.Create(village, language, s, t, clock.GetUtcNow());
                db.TranslationMemory.Add(entry);
                staged.Add(entry);
            }
            else if (!string.Equals(entry.Target, t, StringComparison.Ordinal) || !staged.Contains(entry))
            {
                entry.Confirm(s, t, clock.GetUtcNow());
                if (!staged.Contains(entry)) staged.Add(entry);
            }
        }
    }

    public void Discard()
    {
        foreach (var entry in staged) db.Entry(entry).State = db.Entry(entry).State == EntityState.Added ? EntityState.Detached : EntityState.Unchanged;
        staged.Clear();
    }

    /// <summary>1 minus the edit distance over the longer length.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return 1 - (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }
}
