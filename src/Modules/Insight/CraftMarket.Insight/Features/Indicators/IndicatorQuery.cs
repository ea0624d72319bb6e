using System.Globalization;
using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Insight.Features.Indicators;

/// <summary>
/// The period and currency a reader asks for (the API's from/to/currency, the dashboard's picker):
/// Vietnam dates yyyy-MM-dd, both ends included, at most <see cref="MaxYears"/> years; by default the
/// 12 months to today. The currency must be the association's own or one it shows a rate for.
/// </summary>
internal static class IndicatorQuery
{
    public const int MaxYears = 3;

    public static Result<(Period Period, string? Currency)> Parse(string? from, string? to, string? currency, ResolvedTenant? association, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var end = Date(to, "to", errors) ?? today;
        var start = Date(from, "from", errors) ?? end.AddDays(1).AddMonths(-12);
        if (errors.Count == 0 && start > end)
            errors["from"] = ["'from' must be on or before 'to'."];
        if (errors.Count == 0 && end > start.AddYears(MaxYears).AddDays(-1))
            errors["to"] = [$"A period is at most {MaxYears} years."];
        string? code = null;
        if (!string.IsNullOrWhiteSpace(currency))
        {
            code = currency.Trim().ToUpperInvariant();
            if (association is null || IndicatorReports.RateFor(association, code) is null)
                errors["currency"] = ["The association shows no rate for this currency (its own, or one of its display currencies)."];
        }
        if (errors.Count > 0) return Error.Validation(errors);
        return (new Period(start, end), code);
    }

    private static DateOnly? Date(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year >= 2000 && date.Year <= 2100)
            return date;
        errors[field] = [$"'{field}' must be a date written yyyy-MM-dd (2000 to 2100)."];
        return null;
    }
}
