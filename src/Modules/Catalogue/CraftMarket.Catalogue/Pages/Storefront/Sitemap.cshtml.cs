using CraftMarket.SharedKernel.Lists;
using System.Globalization;
using CraftMarket.Catalogue.Contracts;
using System.Xml.Linq;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using CraftMarket.SharedKernel.Caching;

namespace CraftMarket.Catalogue.Pages.Storefront;

/// <summary>
/// The association's sitemap: home, about, the listing, each category and each published product,
/// once per supported language, each entry naming its alternates (xhtml:link, plus x-default).
/// Only this tenant's published products can appear: the catalogue's tenant filter reads them.
/// On the platform host: the cross-village landing page in each language.
/// The protocol allows 50,000 URLs per file: past that, /sitemap.xml becomes a sitemap index of
/// /sitemap-{n}.xml parts (the size is a setting so a test can prove the split on demo data).
/// Both are kept pages, so a crawler's repeated fetches do not walk the catalogue again.
/// </summary>
[StorefrontPage(SameForEveryVisitor = true)]   // one kept entry per address, whatever the visitor's language or currency
internal sealed class SitemapModel(BrowseCatalogue catalogue, ITenantContext tenant, IConfiguration configuration) : PageModel
{
    public const int ProtocolLimit = 50_000;

    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>/sitemap.xml (no part) and /sitemap-{part}.xml (SitemapPart.cshtml) share this model.</summary>
    public Task<IActionResult> OnGetAsync(int? part, CancellationToken ct) => AnswerAsync(part, ct);

    private int UrlsPerFile =>
        Math.Clamp(configuration.GetValue("CraftMarket:Storefront:SitemapUrlsPerFile", ProtocolLimit), 1, ProtocolLimit);

    private async Task<IActionResult> AnswerAsync(int? part, CancellationToken ct)
    {
        var language = RequestLanguage.Of(HttpContext);
        var root = $"{Request.Scheme}://{Request.Host}";
        var urls = Urls(await PagesAsync(ct), language, root).ToList();
        var size = UrlsPerFile;
        var parts = Math.Max(1, (urls.Count + size - 1) / size);

        if (part is null && parts == 1) return Xml(UrlSet(urls));
        if (part is null)
            return Xml(new XElement(Sm + "sitemapindex", Enumerable.Range(1, parts).Select(n =>
                new XElement(Sm + "sitemap", new XElement(Sm + "loc", $"{root}{language.SiteBase}/sitemap-{n.ToString(CultureInfo.InvariantCulture)}.xml")))));
        if (parts == 1 || part < 1 || part > parts) return NotFound();
        return Xml(UrlSet(urls.Skip((part.Value - 1) * size).Take(size)));
    }

    private async Task<List<(string Path, DateTimeOffset? Modified)>> PagesAsync(CancellationToken ct)
    {
        var pages = new List<(string Path, DateTimeOffset? Modified)> { ("/", null) };
        if (!tenant.HasTenant) return pages;
        pages.Add(("/about", null));
        pages.Add(("/products", null));
        pages.AddRange((await catalogue.Categories(ct)).Where(c => c.PublishedCount > 0).Select(c => ($"/products?category={c.Id}", (DateTimeOffset?)null)));
        for (var page = 1; page <= Paging.MaxPage; page++)
        {
            var batch = await catalogue.Browse(new BrowseQuery(Page: page, PageSize: Paging.MaxPageSize), ct);
            pages.AddRange(batch.Value!.Items.Select(p => (ProductPaths.Of(p.Id, p.Name), p.PublishedAt)));
            if (page >= batch.Value.PageCount) break;
        }
        return pages;
    }

    private static IEnumerable<XElement> Urls(List<(string Path, DateTimeOffset? Modified)> pages, RequestLanguage language, string root)
    {
        foreach (var (path, modified) in pages)
        {
            var (appPath, query) = Split(path);
            var alternates = language.Supported.Select(l => (l, root + language.PathFor(l, appPath, query)))
                .Append(("x-default", root + language.SiteBase + appPath + query)).ToList();
            foreach (var code in language.Supported)
                yield return new XElement(Sm + "url",
                    new XElement(Sm + "loc", root + language.PathFor(code, appPath, query)),
                    modified is { } m ? new XElement(Sm + "lastmod", m.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                    alternates.Select(a => new XElement(Xhtml + "link",
                        new XAttribute("rel", "alternate"), new XAttribute("hreflang", a.Item1), new XAttribute("href", a.Item2))));
        }
    }

    private static XElement UrlSet(IEnumerable<XElement> urls) =>
        new(Sm + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls);

    private ContentResult Xml(XElement root)
    {
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        return Content(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8");
    }

    private static (PathString Path, QueryString Query) Split(string path)
    {
        var at = path.IndexOf('?', StringComparison.Ordinal);
        return at < 0 ? (new PathString(path), QueryString.Empty) : (new PathString(path[..at]), new QueryString(path[at..]));
    }
}
