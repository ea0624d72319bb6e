using CraftMarket.SharedKernel.Text;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// One entry of an association's taxonomy (Bat Trang: vases, tea sets...). The association edits
/// it; a category in use is never deleted, only retired once no product is left in it.
/// </summary>
internal sealed class Category : IShownOnStorefront
{
    public const int NameMax = 100;

    private Category() { }   // EF

    public CategoryId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public LocalizedText Name { get; private set; } = LocalizedText.Empty;
    public int Position { get; private set; }
    public bool Retired { get; private set; }

    /// <summary>The Vietnamese name folded: what members' declared capacities are matched against (ADR 0009).</summary>
    public string CapacityKey { get; private set; } = "";

    public static Result<Category> Create(TenantId tenantId, LocalizedText name, int position)
    {
        if (tenantId.IsEmpty) throw new ArgumentException("A category always belongs to an association.", nameof(tenantId));
        var valid = Validate(name);
        if (valid.IsFailure) return valid.Error!;
        return new Category { Id = CategoryId.New(), TenantId = tenantId, Name = valid.Value!, Position = position, CapacityKey = TextFolding.Fold(valid.Value!.Vi) };
    }

    public Result Rename(LocalizedText name)
    {
        var valid = Validate(name);
        if (valid.IsFailure) return valid.Error!;
        Name = valid.Value!;
        CapacityKey = TextFolding.Fold(Name.Vi);
        return Result.Ok();
    }

    public void MoveTo(int position) => Position = position;

    public Result Retire(int productsInCategory)
    {
        if (productsInCategory > 0)
            return Error.Conflict("category_in_use", $"{productsInCategory} product(s) are still in this category; move or archive them first.");
        Retired = true;
        return Result.Ok();
    }

    public void Restore() => Retired = false;

    private static Result<LocalizedText> Validate(LocalizedText? name)
    {
        var clean = (name ?? LocalizedText.Empty).Clean();
        var errors = new Dictionary<string, string[]>();
        if (clean.Vi.Length == 0) errors["name.vi"] = ["The Vietnamese name is required."];
        foreach (var language in LocalizedText.Languages)
            if ((clean[language]?.Length ?? 0) > NameMax) errors[$"name.{language}"] = [$"At most {NameMax} characters."];
        return errors.Count > 0 ? Error.Validation(errors) : clean;
    }
}
