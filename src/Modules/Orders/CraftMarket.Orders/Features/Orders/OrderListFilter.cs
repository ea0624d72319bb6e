using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Features.Orders;

/// <summary>The desk list's query string, as the API and the page both receive it.</summary>
internal sealed record OrderListRequest
{
    public string? State { get; init; }
    public string? Q { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

/// <summary>
/// The desk list's filters, parsed strictly for the API (a wrong value is a 400 naming the field)
/// and leniently for the page (wrong values dropped, paging clamped). <see cref="States"/> empty is
/// every state; "open" is every state that still needs the desk (not closed nor cancelled).
/// </summary>
internal sealed record OrderListFilter(IReadOnlyList<OrderState> States, string? Text, int Page, int PageSize)
{
    public const int TextMax = 100, DefaultPageSize = 25;
    public const string Open = "open";

    public static readonly IReadOnlyList<OrderState> OpenStates =
        [.. Enum.GetValues<OrderState>().Where(s => s is not (OrderState.Closed or OrderState.Cancelled))];

    public static Result<OrderListFilter> Parse(OrderListRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var states = ParseState(request.State, errors);
        var text = request.Q?.Trim();
        if (text is { Length: > TextMax }) errors["q"] = [$"Search for at most {TextMax} characters."];
        var page = request.Page ?? 1;
        var size = request.PageSize ?? DefaultPageSize;
        Paging.Check(page, size, errors);
        if (errors.Count > 0) return Error.Validation(errors);
        return new OrderListFilter(states, text is { Length: > 0 } ? text : null, page, size);
    }

    public static OrderListFilter Lenient(OrderListRequest request)
    {
        var states = ParseState(request.State, new Dictionary<string, string[]>(StringComparer.Ordinal));
        var text = request.Q?.Trim();
        if (text is { Length: > TextMax }) text = text[..TextMax];
        var (page, size) = Paging.Clamp(request.Page ?? 1, request.PageSize ?? DefaultPageSize);
        return new OrderListFilter(states, text is { Length: > 0 } ? text : null, page, size);
    }

    private static IReadOnlyList<OrderState> ParseState(string? value, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Equals("all", StringComparison.OrdinalIgnoreCase)) return [];
        if (text.Equals(Open, StringComparison.OrdinalIgnoreCase)) return OpenStates;
        // Names only: "2" would parse as an enum value.
        if (!char.IsDigit(text[0]) && Enum.TryParse<OrderState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state)) return [state];
        errors["state"] = ["Choose a state: open, all, " + string.Join(", ", Enum.GetNames<OrderState>()) + "."];
        return [];
    }
}
