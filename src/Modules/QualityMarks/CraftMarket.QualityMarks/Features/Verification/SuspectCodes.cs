using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>One code of the association scanned from more networks than the threshold within the window.</summary>
internal sealed record SuspectCode(uint BatchNumber, int Serial, string Product, int DistinctNetworks,
    DateTimeOffset FirstSeen, DateTimeOffset LastSeen, IReadOnlyList<string> Countries);

/// <summary>
/// The current association's suspect codes (ADR 0042), most networks first: what staff look at to
/// find copied labels. Counts within the clone window; countries are the coarse ones the scans kept.
/// </summary>
internal sealed class SuspectCodes(QualityMarksDb db, ICatalogue catalogue, IOptions<VerificationOptions> options, TimeProvider clock)
{
    public const int Max = 500;

    public async Task<IReadOnlyList<SuspectCode>> ListAsync(CancellationToken ct)
    {
        var clones = options.Value.Clones;
        var since = clock.GetUtcNow() - clones.Window;
        var threshold = clones.DistinctNetworks;
        var suspects = await db.Scans.Where(s => s.At >= since)
            .GroupBy(s => new { s.BatchId, s.Serial })
            .Select(g => new { g.Key.BatchId, g.Key.Serial, Networks = g.Select(s => s.NetworkHash).Distinct().Count(), First = g.Min(s => s.At), Last = g.Max(s => s.At) })
            .Where(g => g.Networks > threshold)
            .OrderByDescending(g => g.Networks).Take(Max)
            .ToListAsync(ct);
        if (suspects.Count == 0) return [];

        var batchIds = suspects.Select(s => s.BatchId).Distinct().ToList();
        var batches = await db.Batches.AsNoTracking().Where(b => batchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var countries = (await db.Scans.Where(s => s.At >= since && batchIds.Contains(s.BatchId) && s.Country != null)
                .Select(s => new { s.BatchId, s.Serial, s.Country }).Distinct().ToListAsync(ct))
            .ToLookup(s => (s.BatchId, s.Serial), s => s.Country!);
        var productIds = batches.Values.Select(b => new ProductId(b.ProductId)).Distinct().ToList();
        var names = (await catalogue.FindPublishedAsync(productIds, ct)).ToDictionary(p => p.Id.Value, p => Localized.Pick(p.Name, Ui.Language).Text);

        return [.. suspects.Where(s => batches.ContainsKey(s.BatchId)).Select(s =>
        {
            var batch = batches[s.BatchId];
            return new SuspectCode(batch.Number, s.Serial, names.GetValueOrDefault(batch.ProductId) ?? batch.ProductId.ToString(), s.Networks,
                s.First, s.Last, [.. countries[(s.BatchId, s.Serial)].Order(StringComparer.Ordinal)]);
        })];
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/quality/suspect-codes", async (SuspectCodes suspects, CancellationToken ct) =>
                TypedResults.Ok(await suspects.ListAsync(ct)))
            .WithTags("Quality marks")
            .WithName("ListSuspectCodes")
            .WithSummary("The association's codes seen from more distinct networks than the clone threshold within the clone window, most networks first.")
            .RequireActor(ActorRequirement.Staff);
}
