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
using CraftMarket.SharedKernel.Caching;

namespace CraftMarket.Catalogue.Pages.Storefront;

/// <summary>
/// The association's sitemap: home, about, the listing, each category and each published product,
/// once per supported language, each entry naming its alternates (xhtml:link, plus x-default).
/// Only this tenant's published products can appear: the catalogue's tenant filter reads them.
/// On the platform host: the cross-village landing page in each language.
/// </summary>
[StorefrontPage(SameForEveryVisitor = true)]   // one kept entry per address, whatever the visitor's language or currency
internal sealed class SitemapModel(BrowseCatalogue catalogue, ITenantContext tenant) : PageModel
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var pages = new List<(string Path, DateTimeOffset? Modified)> { ("/", null) };
        if (tenant.HasTenant)
        {
            pages.Add(("/about", null));
            pages.Add(("/products", null));
            pages.AddRange((await catalogue.Categories(ct)).Where(c => c.PublishedCount > 0).Select(c => ($"/products?category={c.Id}", (DateTimeOffset?)null)));
            for (var page = 1; page <= Paging.MaxPage; page++)
            {
                var batch = await catalogue.Browse(new BrowseQuery(Page: page, PageSize: Paging.MaxPageSize), ct);
                pages.AddRange(batch.Value!.Items.Select(p => (ProductPaths.Of(p.Id, p.Name), p.PublishedAt)));
                if (page >= batch.Value.PageCount) break;
            }
        }

        var language = RequestLanguage.Of(HttpContext);
        var root = $"{Request.Scheme}://{Request.Host}";
        var urlset = new XElement(Sm + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        foreach (var (path, modified) in pages)
        {
            var (appPath, query) = Split(path);
            var alternates = language.Supported.Select(l => (l, root + language.PathFor(l, appPath, query)))
                .Append(("x-default", root + language.SiteBase + appPath + query)).ToList();
            foreach (var code in language.Supported)
                urlset.Add(new XElement(Sm + "url",
                    new XElement(Sm + "loc", root + language.PathFor(code, appPath, query)),
                    modified is { } m ? new XElement(Sm + "lastmod", m.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                    alternates.Select(a => new XElement(Xhtml + "link",
                        new XAttribute("rel", "alternate"), new XAttribute("hreflang", a.Item1), new XAttribute("href", a.Item2)))));
        }
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), urlset);
        return Content(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8");
    }

    private static (PathString Path, QueryString Query) Split(string path)
    {
        var at = path.IndexOf('?', StringComparison.Ordinal);
        return at < 0 ? (new PathString(path), QueryString.Empty) : (new PathString(path[..at]), new QueryString(path[at..]));
    }
}
