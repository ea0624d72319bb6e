using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SharedKernel.Text;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Registry;

/// <summary>
/// The public registry: on a village's host that village; on the platform host every active
/// village that has certificates (found through the cross-tenant gateway), each then read in a
/// scope of its own under its own tenant filter. Without a search the list holds the certificates
/// not yet past their expiry (valid first, then suspended and revoked); a search (member, product,
/// certificate number; diacritics folded) looks through all of them, the expired included.
/// </summary>
internal sealed class RegistryQuery(IServiceProvider services, IServiceScopeFactory scopes, ITenantContext tenant, ITenantDirectory tenants,
    TenantAddressing addressing, QualityMarksDb db, TimeProvider clock)
{
    public const int PageSize = 20;
    private static readonly CrossTenantReason Villages = new("public registry on the platform host: which active villages have certificates");

    public async Task<RegistryListing> ListAsync(HttpRequest request, string language, string? q, int page, string? village, CancellationToken ct)
    {
        var (villages, choices) = await VillagesAsync(village, ct);
        var marks = new List<RegistryMark>();
        var entries = new List<SearchableEntry>();
        foreach (var v in villages)
        {
            var snapshot = await SnapshotAsync(request, v, language, number: null, ct);
            marks.AddRange(snapshot.Marks);
            entries.AddRange(snapshot.Entries);
        }
        var query = TextFolding.Fold(q);
        var matching = query.Length == 0
            ? entries.Where(e => e.Entry.Status != RegistryStatus.Expired && e.Entry.ExpiresOn >= RegistryClock.Today(clock.GetUtcNow()))
            : entries.Where(e => e.Folded.Contains(query, StringComparison.Ordinal));
        var ordered = matching.Select(e => e.Entry)
            .OrderBy(e => RegistryStatus.Rank(e.Status)).ThenBy(e => e.VillageName, StringComparer.Ordinal)
            .ThenBy(e => e.Member is null).ThenBy(e => e.Member, StringComparer.Ordinal).ThenBy(e => e.Number, StringComparer.Ordinal).ToList();
        var items = ordered.Skip(Paging.Skip(page, PageSize)).Take(PageSize).ToList();
        return new RegistryListing(marks, items, page, PageSize, ordered.Count, query.Length == 0 ? null : q!.Trim(), choices);
    }

    /// <summary>One certificate of the current village by its number, with the criteria of the version it was granted under; null elsewhere.</summary>
    public async Task<(RegistryEntry Entry, RegistryMark? Mark, IReadOnlyList<RegistryText> Criteria)?> CertificateAsync(
        HttpRequest request, string language, string number, CancellationToken ct)
    {
        if (tenants.SettingsOf(tenant) is not { } village || number.Length is 0 or > Certificate.NumberMax) return null;
        var snapshot = await SnapshotAsync(request, village, language, number, ct);
        if (snapshot.Entries is not [var found, ..]) return null;
        var entry = found.Entry;
        return (entry, snapshot.Marks.FirstOrDefault(m => m.Code == entry.MarkCode),
            snapshot.Criteria.GetValueOrDefault((entry.MarkCode, entry.SchemeVersion)) ?? []);
    }

    /// <summary>The current village's mark image through Media (built separately, so possibly absent): none leaves the image out.</summary>
    public async Task<byte[]?> MarkImageAsync(string markCode, CancellationToken ct)
    {
        var image = await db.Schemes.AsNoTracking().Where(s => s.Code == markCode).Select(s => s.ImageFileId).FirstOrDefaultAsync(ct);
        if (image is not { } id || services.GetService<IPrivateFiles>() is not { } files) return null;
        await using var file = await files.OpenAsync(new FileId(id), ct);
        if (file is null) return null;
        using var copy = new MemoryStream();
        await file.Content.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    private async Task<(IReadOnlyList<ResolvedTenant> Read, IReadOnlyList<RegistryVillage> Choices)> VillagesAsync(string? village, CancellationToken ct)
    {
        if (tenants.SettingsOf(tenant) is { } current) return ([current], []);
        var holding = (await db.AcrossAllTenants<Certificate>(Villages).Select(c => c.TenantId).Distinct().ToListAsync(ct)).ToHashSet();
        var active = tenants.All.Where(t => t.IsActive && holding.Contains(t.Id)).ToList();
        var choices = active.Select(t => new RegistryVillage(t.Slug, t.BrandName)).ToList();
        return (village is { Length: > 0 } ? [.. active.Where(t => string.Equals(t.Slug, village, StringComparison.OrdinalIgnoreCase))] : active, choices);
    }

    private async Task<VillageSnapshot> SnapshotAsync(HttpRequest request, ResolvedTenant village, string language, string? number, CancellationToken ct)
    {
        if (tenant.TenantId == village.Id)
            return await services.GetRequiredService<VillageRegistry>().LoadAsync(village, VillageAddress.Of(request), language, number, ct);
        // The platform host: a scope acting for the village, as a background job would, so every read keeps its tenant filter.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(village.Id, village.Slug);
        return await scope.ServiceProvider.GetRequiredService<VillageRegistry>()
            .LoadAsync(village, VillageAddress.Home(request, addressing, village.Slug), language, number, ct);
    }
}
