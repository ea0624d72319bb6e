using System.Globalization;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Inquiries.Features.Desk;

/// <summary>How the inbox is ordered: newest first, oldest first, or those still waiting for a first answer, longest wait first.</summary>
internal enum InboxOrder { Newest, Oldest, Waiting }

/// <summary>Who an inquiry is assigned to, as the inbox filters it.</summary>
internal abstract record AssigneeFilter
{
    public sealed record Anyone : AssigneeFilter;
    public sealed record Nobody : AssigneeFilter;
    public sealed record Account(Guid UserId) : AssigneeFilter;
}

/// <summary>
/// The inbox's filters, parsed once for the API (which refuses a wrong value with a 400 naming the
/// field) and the page (which ignores it). Dates are Vietnam dates of when the inquiry arrived,
/// both ends included. <see cref="Statuses"/> empty means every status.
/// </summary>
internal sealed record InboxFilter(
    IReadOnlyList<InquiryStatus> Statuses, AssigneeFilter Assignee, DateOnly? From, DateOnly? To, string? Text, bool Overdue,
    InboxOrder Order, int Page, int PageSize)
{
    public const int TextMax = 100, DefaultPageSize = 25;

    /// <summary>New, allocating and quoted: what the desk still has to work on.</summary>
    public const string Open = "open";

    public static readonly IReadOnlyList<InquiryStatus> OpenStatuses = [InquiryStatus.New, InquiryStatus.Allocating, InquiryStatus.Quoted];

    /// <summary>The request as typed (query string): <paramref name="me"/> is the asking account, for assignee=me.</summary>
    public static Result<InboxFilter> Parse(InboxRequest request, Guid? me)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var statuses = ParseStatus(request.Status, errors);
        var assignee = ParseAssignee(request.Assignee, me, errors);
        var from = ParseDate("from", request.From, errors);
        var to = ParseDate("to", request.To, errors);
        if (from is { } f && to is { } t && f > t) errors["to"] = ["The end date is before the start date."];
        var text = request.Q?.Trim();
        if (text is { Length: > TextMax }) errors["q"] = [$"Search for at most {TextMax} characters."];
        var order = ParseOrder(request.Order);
        if (order is null) errors["order"] = ["Order by newest, oldest or waiting."];
        var page = request.Page ?? 1;
        var size = request.PageSize ?? DefaultPageSize;
        Paging.Check(page, size, errors);
        if (errors.Count > 0) return Error.Validation(errors);
        return new InboxFilter(statuses, assignee, from, to, text is { Length: > 0 } ? text : null, request.Overdue ?? false, order!.Value, page, size);
    }

    /// <summary>A person editing the address gets a list, never an error: wrong values are dropped, paging clamped.</summary>
    public static InboxFilter Lenient(InboxRequest request, Guid? me)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var statuses = ParseStatus(request.Status, errors);
        var assignee = ParseAssignee(request.Assignee, me, errors);
        var from = ParseDate("from", request.From, errors);
        var to = ParseDate("to", request.To, errors);
        var text = request.Q?.Trim();
        if (text is { Length: > TextMax }) text = text[..TextMax];
        var order = ParseOrder(request.Order) ?? InboxOrder.Newest;
        var (page, size) = Paging.Clamp(request.Page ?? 1, request.PageSize ?? DefaultPageSize);
        return new InboxFilter(statuses, assignee, from, to, text is { Length: > 0 } ? text : null, request.Overdue ?? false, order, page, size);
    }

    private static IReadOnlyList<InquiryStatus> ParseStatus(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)) return [];
        if (value.Trim().Equals(Open, StringComparison.OrdinalIgnoreCase)) return OpenStatuses;
        // Names only: "2" would parse as an enum value.
        if (Enum.TryParse<InquiryStatus>(value.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) && !char.IsDigit(value.Trim()[0]))
            return [status];
        errors["status"] = ["Choose a status: open, new, allocating, quoted, accepted, declined, expired or withdrawn."];
        return [];
    }

    private static InboxOrder? ParseOrder(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return InboxOrder.Newest;
        return Enum.GetValues<InboxOrder>().Cast<InboxOrder?>()
            .FirstOrDefault(o => o.ToString()!.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static AssigneeFilter ParseAssignee(string? value, Guid? me, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Equals("any", StringComparison.OrdinalIgnoreCase)) return new AssigneeFilter.Anyone();
        if (text.Equals("unassigned", StringComparison.OrdinalIgnoreCase)) return new AssigneeFilter.Nobody();
        if (text.Equals("me", StringComparison.OrdinalIgnoreCase) && me is { } self) return new AssigneeFilter.Account(self);
        if (Guid.TryParse(text, out var id)) return new AssigneeFilter.Account(id);
        errors["assignee"] = ["Use me, unassigned or an account id."];
        return new AssigneeFilter.Anyone();
    }

    private static DateOnly? ParseDate(string field, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = ["Write the date as yyyy-mm-dd."];
        return null;
    }
}

/// <summary>The inbox's query string, as the API and the page both receive it.</summary>
internal sealed record InboxRequest
{
    public string? Status { get; init; }
    public string? Assignee { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Q { get; init; }
    public bool? Overdue { get; init; }
    public string? Order { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}
