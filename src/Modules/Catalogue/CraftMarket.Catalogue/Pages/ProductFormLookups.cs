using CraftMarket.Catalogue.Features.Categories;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Catalogue.Pages;

/// <summary>What the product form offers to choose from: the association's categories and its active members.</summary>
internal sealed record ProductFormLookups(IReadOnlyList<CategoryDto> Categories, IReadOnlyList<MemberSummary> Members, MemberId? Own)
{
    public const string Key = "ProductFormLookups";

    public static async Task<ProductFormLookups> LoadAsync(ManageCategoriesHandler categories, IMemberDirectory members, MemberId? own, CancellationToken ct) =>
        new([.. (await categories.List(ct)).Where(c => !c.Retired)],
            [.. (await members.ListAsync(ct)).Where(m => m.Status == MemberStatus.Active)], own);

    /// <summary>A category's name in the page's language, else by <see cref="LanguageFallback"/>.</summary>
    public static string Name(IReadOnlyDictionary<string, string> names) =>
        LanguageFallback.Pick(names, Ui.Language)?.Text ?? "";
}
