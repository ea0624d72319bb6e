using CraftMarket.SharedKernel.Results;

namespace CraftMarket.SharedKernel.Lists;

/// <summary>
/// The one paging rule for lists. APIs refuse out-of-range values with a 400 so a client learns of
/// its mistake (<see cref="Check(int, int, int, int)"/>); pages clamp instead
/// (<see cref="Clamp"/>), since a person editing ?page= wants a page, not an error. Bounding the
/// page also keeps (page - 1) * size far from int overflow, which PostgreSQL would otherwise
/// receive as a negative OFFSET. A list with tighter bounds (search) passes its own.
/// </summary>
public static class Paging
{
    public const int MaxPage = 10_000;
    public const int MaxPageSize = 100;

    public static Error? Check(int page, int pageSize, int maxPage = MaxPage, int maxPageSize = MaxPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        Check(page, pageSize, errors, maxPage, maxPageSize);
        return errors.Count > 0 ? Error.Validation(errors) : null;
    }

    /// <summary>Adds the paging problems to a request's other problems, so all are reported at once.</summary>
    public static void Check(int page, int pageSize, IDictionary<string, string[]> errors, int maxPage = MaxPage, int maxPageSize = MaxPageSize)
    {
        if (page < 1 || page > maxPage) errors["page"] = [$"Page must be between 1 and {maxPage}."];
        if (pageSize < 1 || pageSize > maxPageSize) errors["pageSize"] = [$"Page size must be between 1 and {maxPageSize}."];
    }

    public static (int Page, int PageSize) Clamp(int page, int pageSize, int maxPage = MaxPage, int maxPageSize = MaxPageSize) =>
        (ClampPage(page, maxPage), Math.Clamp(pageSize, 1, maxPageSize));

    public static int ClampPage(int page, int maxPage = MaxPage) => Math.Clamp(page, 1, maxPage);

    /// <summary>Rows before the page; in range for every page and size that passed <see cref="Check(int, int, int, int)"/> or <see cref="Clamp"/>.</summary>
    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;
}
