using CraftMarket.SharedKernel.Phones;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;
using CraftMarket.Members.Features.PublicDirectory;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CraftMarket.SharedKernel.Caching;

namespace CraftMarket.Members.Pages.Members;

/// <remarks>
/// Covers come from Media when it is installed (optional, as on the storefront's cards); the member's
/// genuine marks (valid now) and other certificates from the registry, likewise optional.
/// </remarks>
[StorefrontPage]
internal sealed class ProfileModel(PublicDirectoryHandler directory, IMakerCatalogue catalogue, IEnumerable<IProductPhotos> photos,
    IEnumerable<IQualityMarkBadges> marks) : PageModel
{
    public const int ProductsShown = 12;

    public PublicMemberView Member { get; private set; } = null!;
    public IReadOnlyList<MakerProduct> Products { get; private set; } = [];
    public IReadOnlyDictionary<ProductId, ProductGallery> Galleries { get; private set; } = new Dictionary<ProductId, ProductGallery>();
    public MemberCredentials Credentials { get; private set; } = MemberCredentials.None;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await directory.Get(new MemberId(id), ct);
        if (found.IsFailure) return NotFound();
        Member = found.Value!;
        Products = await catalogue.PublishedByAsync(new MemberId(id), ProductsShown, ct);
        if (Products.Count > 0 && photos.FirstOrDefault() is { } media)
            Galleries = await media.ForProductsAsync([.. Products.Select(p => p.Id)], ct);
        if (marks.FirstOrDefault() is { } registry) Credentials = await registry.ForMemberAsync(new MemberId(id), Ui.Language, ct);
        return Page();
    }

    public static string Phone(string e164) => VietnamesePhone.Display(e164);

    /// <summary>A catalogue text in the reader's language, else English, else Vietnamese.</summary>
    public static (string Text, string Language) Text(IReadOnlyDictionary<string, string> texts) =>
        LanguageFallback.Pick(texts, Ui.Language) ?? ("", LanguageFallback.Vietnamese);
}
