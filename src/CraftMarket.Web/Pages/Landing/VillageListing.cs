using System.Runtime.CompilerServices;
using CraftMarket.SharedKernel.Text;
using CraftMarket.Tenancy.Contracts;
using CraftList = CraftMarket.Tenancy.Contracts.Craft;
using ProvinceList = CraftMarket.Tenancy.Contracts.Province;

namespace CraftMarket.Web.Pages.Landing;

/// <summary>
/// The platform landing page's villages (ADR 0082): active ones, narrowed by province, craft and the
/// finder's words, one page of them, and how many villages each province and craft would show with
/// the other choices kept. Its size is bounded by the page size and the two fixed lists, never by the
/// number of villages; the work is one pass over the tenant directory's snapshots, already in memory.
/// </summary>
internal sealed record VillageListing(
    IReadOnlyList<ResolvedTenant> Villages,
    int Total,
    int Page,
    int PageCount,
    Province? Province,
    Craft? Craft,
    string? Find,
    IReadOnlyList<(Province Province, int Count)> Provinces,
    IReadOnlyList<(Craft Craft, int Count)> Crafts,
    int Unplaced)
{
    public const int PageSize = 24;
    public const int FindMax = 100;

    /// <summary>
    /// The listing for a request's choices. An unknown province or craft narrows nothing (the page
    /// shows it is not applied); the finder's words are folded (marks, case, đ) and each must appear
    /// in the village's Vietnamese or English name, its brand or its address name.
    /// </summary>
    public static VillageListing Of(IEnumerable<ResolvedTenant> directory, string? province, string? craft, string? find, int page)
    {
        var chosenProvince = ProvinceList.Find(province?.Trim().ToLowerInvariant());
        var chosenCraft = CraftList.Find(craft?.Trim().ToLowerInvariant());
        var text = string.IsNullOrWhiteSpace(find) ? null : find.Trim() is { Length: > FindMax } cut ? cut[..FindMax] : find.Trim();
        var words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var found = directory.Where(v => v.IsActive && Matches(v, words)).ToList();
        var inProvince = chosenProvince is null ? found : found.Where(v => v.Province == chosenProvince.Code).ToList();
        var ofCraft = chosenCraft is null ? found : found.Where(v => v.Craft == chosenCraft.Code).ToList();
        var shown = chosenCraft is null ? inProvince : inProvince.Where(v => v.Craft == chosenCraft.Code).ToList();

        var byProvince = ofCraft.Where(v => v.Province is not null).CountBy(v => v.Province!).ToDictionary(StringComparer.Ordinal);
        var byCraft = inProvince.Where(v => v.Craft is not null).CountBy(v => v.Craft!).ToDictionary(StringComparer.Ordinal);
        var pageCount = Math.Max(1, (shown.Count + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        return new VillageListing(
            [.. shown.Skip((current - 1) * PageSize).Take(PageSize)], shown.Count, current, pageCount,
            chosenProvince, chosenCraft, text,
            [.. ProvinceList.All.Where(p => byProvince.ContainsKey(p.Code) || p == chosenProvince).Select(p => (p, byProvince.GetValueOrDefault(p.Code)))],
            [.. CraftList.All.Where(c => byCraft.ContainsKey(c.Code) || c == chosenCraft).Select(c => (c, byCraft.GetValueOrDefault(c.Code)))],
            ofCraft.Count(v => v.Province is null));
    }

    private static bool Matches(ResolvedTenant village, string[] words)
    {
        if (words.Length == 0) return true;
        var haystack = Folded.GetValue(village, v => TextFolding.Fold($"{v.NameVi} {v.NameEn} {v.BrandName} {v.Slug.Replace('-', ' ')}"));
        return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Each snapshot's folded names, kept as long as the snapshot (a changed village is a new snapshot).</summary>
    private static readonly ConditionalWeakTable<ResolvedTenant, string> Folded = new();
}
