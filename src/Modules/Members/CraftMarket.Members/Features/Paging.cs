using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Members.Features;

/// <summary>
/// The one paging rule for member lists. The API refuses out-of-range values with a 400 so a
/// client learns of its mistake; pages clamp instead, since a person editing ?p= wants a page, not
/// an error. Bounding the page also keeps (page - 1) * size far from int overflow, which
/// PostgreSQL would otherwise receive as a negative OFFSET.
/// </summary>
internal static class Paging
{
    public const int MaxPage = 10_000;
    public const int MaxPageSize = 100;

    public static Error? Check(int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1 or > MaxPage) errors["page"] = [$"Page must be between 1 and {MaxPage}."];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"Page size must be between 1 and {MaxPageSize}."];
        return errors.Count > 0 ? Error.Validation(errors) : null;
    }

    public static (int Page, int PageSize) Clamp(int page, int pageSize) =>
        (Math.Clamp(page, 1, MaxPage), Math.Clamp(pageSize, 1, MaxPageSize));

    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;
}
