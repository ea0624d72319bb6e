using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Pictures;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CraftMarket.SharedKernel.Caching;

namespace CraftMarket.Catalogue.Pages.Storefront;

/// <summary>
/// One published product of this village. Another village's id, a draft or an archived product is
/// a plain 404 (the tenant filter never returns them); a wrong or missing slug redirects to the
/// product's one address, so each product is indexed once per language.
/// </summary>
[StorefrontPage]
internal sealed class ProductModel(BrowseCatalogue catalogue, IEnumerable<IProductPhotos> photos, IEnumerable<IQualityMarkBadges> marks,
    ITenantContext tenant, ITenantDirectory directory) : PageModel
{
    /// <summary>The genuine marks covering this product right now (computed at render; the kept page drops on any certificate change).</summary>
    public IReadOnlyList<MarkBadge> Marks { get; private set; } = [];

    /// <summary>Unexpired certificates from other bodies held by the makers the public may see.</summary>
    public IReadOnlyList<HeldCertificate> MakerCertificates { get; private set; } = [];

    public ProductDetail Detail { get; private set; } = null!;
    public PublishedProduct Product => Detail.Product;
    public IReadOnlyList<PictureView> Photos { get; private set; } = [];
    public DisplayPrices Prices => DisplayPrices.Of(HttpContext);
    public ResolvedTenant? Village => directory.SettingsOf(tenant);
    public string Language => Ui.Language;

    public Localized Text(IReadOnlyDictionary<string, string> texts) => Localized.Pick(texts, Language);

    public async Task<IActionResult> OnGetAsync(Guid id, string? slug, CancellationToken ct)
    {
        if (!tenant.HasTenant || await catalogue.GetPublishedProduct(new ProductId(id), ct) is not { } detail) return NotFound();
        Detail = detail;
        var path = ProductPaths.Of(detail.Product.Id, detail.Product.Name);
        if (slug != ProductPaths.Slug(detail.Product.Name))
            return RedirectPermanent(Request.PathBase + path + Request.QueryString);
        var galleries = await new StorefrontCards(photos).GalleriesAsync([detail.Product.Id], ct);
        Photos = galleries.GetValueOrDefault(detail.Product.Id)?.Photos ?? [];
        if (marks.FirstOrDefault() is { } registry)
        {
            Marks = (await registry.ForProductsAsync([detail.Product.Id], Language, ct)).GetValueOrDefault(detail.Product.Id) ?? [];
            // Only makers the public may see (an unlisted household has no id here) show their certificates.
            var shown = detail.Makers.Where(m => m.Id is not null).Select(m => new CraftMarket.Members.Contracts.MemberId(m.Id!.Value)).ToList();
            MakerCertificates = [.. (await registry.CertificatesOfMakersAsync(shown, ct)).Where(c => !c.Expired)];
        }
        return Page();
    }

    /// <summary>Price breaks in order, the base price first when the breaks do not start at the MOQ.</summary>
    public IReadOnlyList<PriceBreak> Breaks =>
        Product.PriceBreaks.Count > 0 && Product.PriceBreaks.Min(b => b.MinQuantity) <= Product.MinimumOrderQuantity
            ? [.. Product.PriceBreaks.OrderBy(b => b.MinQuantity)]
            : [new PriceBreak(Product.MinimumOrderQuantity, Product.BasePrice), .. Product.PriceBreaks.OrderBy(b => b.MinQuantity)];
}
