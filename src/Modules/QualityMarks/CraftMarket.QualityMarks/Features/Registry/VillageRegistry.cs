using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Text;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Registry;

/// <summary>One village's registry, read under that village's own tenant filter: its marks and every certificate with what buyers may know.</summary>
internal sealed record VillageSnapshot(IReadOnlyList<RegistryMark> Marks, IReadOnlyList<SearchableEntry> Entries,
    IReadOnlyDictionary<(string Mark, int Version), IReadOnlyList<RegistryText>> Criteria);

/// <summary>An entry with the folded text a search matches: number, the member's public name, the public products' names.</summary>
internal sealed record SearchableEntry(RegistryEntry Entry, string Folded);

internal sealed class VillageRegistry(QualityMarksDb db, IMemberDirectory members, ICatalogue catalogue, TimeProvider clock)
{
    /// <param name="home">The village's site, absolute, for links in the entries.</param>
    /// <param name="number">Only this certificate (the detail page and the PDF), when given.</param>
    public async Task<VillageSnapshot> LoadAsync(ResolvedTenant village, string home, string language, string? number, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var schemes = await db.Schemes.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        var versions = await db.SchemeVersions.AsNoTracking().ToListAsync(ct);
        var certificates = await db.Certificates.AsNoTracking().Where(c => number == null || c.Number == number).ToListAsync(ct);

        var makers = certificates.Count == 0 ? [] : await members.MakersAsync([.. certificates.Select(c => c.MemberId).Distinct()], ct);
        var named = makers.Where(m => m.IsPubliclyListed).ToDictionary(m => m.Id, m => m.DisplayName);
        var products = certificates.Count == 0 ? [] : await catalogue.NamesAsync([.. certificates.SelectMany(c => c.ProductIds).Distinct().Select(p => new ProductId(p))], ct);
        var published = products.Where(p => p.IsPublic).ToDictionary(p => p.Id.Value);
        var namedIds = named.Keys.ToList();
        var others = namedIds.Count == 0 ? [] : await db.OtherCertificates.AsNoTracking()
            .Where(o => !o.Withdrawn && namedIds.Contains(o.MemberId)).OrderBy(o => o.Kind).ToListAsync(ct);

        var criteria = versions.Where(v => schemes.ContainsKey(v.SchemeId)).ToDictionary(
            v => (schemes[v.SchemeId].Code, v.Version),
            v => (IReadOnlyList<RegistryText>)[.. v.Criteria.Select(c => Text(c.Text, language))]);
        var marks = schemes.Values.Where(s => !s.Retired && s.CurrentVersion > 0).OrderBy(s => s.Code, StringComparer.Ordinal).Select(s =>
        {
            var name = s.Name.Pick(language);
            var description = s.Description.Pick(language);
            return new RegistryMark(village.Slug, village.BrandName, s.Code, name.Text, name.Language, description.Text, description.Language,
                s.CurrentVersion, criteria.GetValueOrDefault((s.Code, s.CurrentVersion)) ?? [], ImageUrl(home, s));
        }).ToList();

        var entries = certificates.Where(c => schemes.ContainsKey(c.SchemeId)).Select(c =>
        {
            var scheme = schemes[c.SchemeId];
            var mark = scheme.Name.Pick(language);
            var member = named.GetValueOrDefault(c.MemberId);
            var covered = c.ProductIds.Select(published.GetValueOrDefault).OfType<ProductName>().ToList();
            var path = "/registry/certificates/" + Uri.EscapeDataString(c.Number);
            var held = member is null ? [] : others.Where(o => o.MemberId == c.MemberId)
                .Select(o => new RegistryOtherCertificate(o.Kind, o.Issuer, o.Number, o.ExpiresOn, o.IsExpiredAt(now))).ToList();
            var entry = new RegistryEntry(c.Number, RegistryStatus.Of(c, now), village.Slug, village.BrandName, mark.Text, mark.Language, scheme.Code,
                c.SchemeVersion, member, [.. covered.Select(p => Product(p, language, home))], c.ProductIds.Count - covered.Count,
                c.IssuedOn, c.ExpiresOn, home + path, home + path + ".pdf", held);
            var haystack = string.Join(' ', [c.Number, member ?? "", .. covered.SelectMany(p => p.Name.Values)]);
            return new SearchableEntry(entry, TextFolding.Fold(haystack));
        }).ToList();
        return new VillageSnapshot(marks, entries, criteria);
    }

    private static RegistryText Text(Translations text, string language)
    {
        var (value, lang) = text.Pick(language);
        return new RegistryText(value, lang);
    }

    private static RegistryProduct Product(ProductName product, string language, string home)
    {
        var name = Localized.Pick(product.Name, language);
        return new RegistryProduct(name.Text, name.Language, home + ProductPaths.Of(product.Id, product.Name));
    }

    /// <summary>The schemes part serves the mark image publicly at this address.</summary>
    private static string? ImageUrl(string home, MarkScheme scheme) =>
        scheme.ImageFileId is null ? null : $"{home}/quality/schemes/{scheme.Id}/image";
}
